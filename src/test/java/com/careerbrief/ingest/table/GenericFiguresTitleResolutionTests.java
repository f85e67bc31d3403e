package com.careerbrief.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.careerbrief.model.AreaType;
import com.careerbrief.model.Figure;
import com.careerbrief.model.FileAccounting;
import com.careerbrief.model.PeriodKind;
import com.careerbrief.occupation.OnetTitleIndex;
import com.careerbrief.occupation.SocCrosswalk;

/** Generic-CSV rows that name the occupation by title, resolved through the real O*NET 29.2 titles in input/onet. */
class GenericFiguresTitleResolutionTests {

	private static final String HEADER = "source,url,publisher,published_date,occupation,area,statistic,value,unit,"
			+ "reference_period\n";

	private static TitleResolver titles;

	@TempDir
	Path dir;

	private final List<TableItem> items = new ArrayList<>();

	@BeforeAll
	static void loadTitles() throws IOException {
		titles = TitleResolver.of(OnetTitleIndex.load(Path.of("input/onet")));
	}

	private FileAccounting read(String rows) throws IOException {
		Path file = dir.resolve("survey.csv");
		Files.writeString(file, HEADER + rows);
		try (TableSource source = new GenericFiguresTableFormat(SocCrosswalk.identity(), titles).open(file)) {
			source.forEachRemaining(items::add);
			return source.accounting();
		}
	}

	@Test
	void titlesResolveToTheirSocCodeOrAreRejectedWithTheReason() throws IOException {
		FileAccounting accounting = read("""
				Survey,,Assoc,2024-06,Medical Records Specialists,United States,MEDIAN,"$49,800",USD_PER_YEAR,2024
				Survey,,Assoc,2024-06,certified medical coders,Ohio,MEAN,23.10,USD_PER_HOUR,May 2024
				Survey,,Assoc,2024-06,Health Information Technician,Ohio,MEAN,23.10,USD_PER_HOUR,2024
				Survey,,Assoc,2024-06,Chief Happiness Officer,Ohio,MEAN,23.10,USD_PER_HOUR,2024
				""");

		assertThat(accounting.accepted()).isEqualTo(2);
		assertThat(accounting.rejected()).isEqualTo(2);
		Figure median = items.get(0).figures().get(0);
		assertThat(median.socCode()).isEqualTo("29-2072");
		assertThat(median.originalCode()).isEqualTo("29-2072");
		assertThat(median.occupationTitle()).isEqualTo("Medical Records Specialists");
		assertThat(median.codeNote()).isEqualTo(
				"occupation given as the title 'Medical Records Specialists', resolved to 29-2072 through O*NET titles");
		assertThat(median.value()).isEqualByComparingTo("49800");
		assertThat(median.areaType()).isEqualTo(AreaType.NATIONAL);
		assertThat(median.period().kind()).isEqualTo(PeriodKind.YEAR);
		// "Certified Medical Coder" is an O*NET alternate title of 29-2072 only; case and plural ignored.
		assertThat(items.get(1).figures().get(0).socCode()).isEqualTo("29-2072");
		// O*NET lists "Health Information Technician" under both 29-9021 and 29-2072.
		assertThat(items.get(2).setAside().reason()).startsWith("occupation 'Health Information Technician' is an "
				+ "O*NET title of 2 occupations (").contains("29-9021").contains("29-2072").endsWith("); write the SOC code");
		assertThat(items.get(3).setAside().reason()).isEqualTo("occupation 'Chief Happiness Officer' is neither a SOC "
				+ "code like 29-2072 nor an O*NET occupation or alternate title; write the SOC code");
		assertThat(items.get(3).setAside().filtered()).isFalse();
	}

}
