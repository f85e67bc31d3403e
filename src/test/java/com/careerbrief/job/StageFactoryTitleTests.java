package com.careerbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.careerbrief.ingest.table.TableFormats;
import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.ingest.table.TableSource;
import com.careerbrief.ingest.table.layouts.InputTableFormats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run's table formats resolve generic-CSV occupation titles through the O*NET titles of the input folder. */
class StageFactoryTitleTests {

	@TempDir
	Path dir;

	@Test
	void aGenericRowNamedByTitleGetsItsSocCodeInARun() throws IOException {
		Path file = dir.resolve("survey.csv");
		Files.writeString(file, """
				source,url,publisher,published_date,occupation,area,statistic,value,unit,reference_period
				Survey,,Assoc,2024-06,Medical Records Specialists,United States,MEDIAN,49800,USD_PER_YEAR,2024
				""");
		TableFormats formats = new TableFormats(InputTableFormats.of(Path.of("input")));

		try (TableSource source = formats.open(file)) {
			TableItem item = source.next();
			assertThat(item.figures()).singleElement()
				.satisfies(f -> assertThat(f.socCode()).isEqualTo("29-2072"));
		}
	}

	@Test
	void withoutOnetFilesTitlesResolveToNothing() {
		assertThat(InputTableFormats.titles(dir).codesFor("Medical Records Specialists")).isEmpty();
		assertThat(InputTableFormats.titles(Path.of("input")).codesFor("Medical Records Specialists"))
			.containsExactly("29-2072");
	}

}
