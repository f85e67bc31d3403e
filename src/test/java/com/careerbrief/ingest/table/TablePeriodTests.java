package com.careerbrief.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.careerbrief.ingest.table.mapping.MappedTableFormat;
import com.careerbrief.ingest.table.oews.OesQueryReportTableFormat;
import com.careerbrief.ingest.table.oews.OewsNationalTableFormat;
import com.careerbrief.ingest.table.oews.OewsStateTableFormat;
import com.careerbrief.model.FileAccounting;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Period;
import com.careerbrief.occupation.SocCrosswalk;

/**
 * Reference periods that cannot be true yet: rows dated after the run date are rejected, whatever the
 * layout, and a file dated by its name alone says so in its accounting.
 */
class TablePeriodTests {

	private static final LocalDate RUN_DATE = LocalDate.of(2026, 12, 1);

	/** The May 2024 national header (32 columns) and two rows of national_M2024_dl.csv. */
	private static final String NATIONAL = String.join("\n",
			"AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,NAICS,NAICS_TITLE,I_GROUP,OWN_CODE,OCC_CODE,OCC_TITLE,O_GROUP,"
					+ "TOT_EMP,EMP_PRSE,JOBS_1000,LOC_QUOTIENT,PCT_TOTAL,PCT_RPT,H_MEAN,A_MEAN,MEAN_PRSE,H_PCT10,"
					+ "H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90,ANNUAL,HOURLY",
			"99,U.S.,1,US,000000,Cross-industry,cross-industry,1235,29-2070,Medical Records Specialists,broad,"
					+ "187910,1,,,,,26.91,55970,0.6,17.2,20,24.16,30.8,38.92,35780,41600,50250,64070,80950,,",
			"99,U.S.,1,US,000000,Cross-industry,cross-industry,1235,29-2072,Medical Records Specialists,detailed,"
					+ "187910,1,,,,,26.91,55970,0.6,17.2,20,24.16,30.8,38.92,35780,41600,50250,64070,80950,,",
			"99,U.S.,1,US,000000,Cross-industry,cross-industry,1235,29-9021,Health Information Technologists and "
					+ "Medical Registrars,detailed,41860,2.3,,,,,35.8,74460,0.9,20.35,25.04,32.36,42.06,56.59,42330,"
					+ "52080,67310,87490,117700,,",
			"");

	private static final String WASHINGTON_HEADER = "ID,Year,Area code,Area name,SOC code,Occupational title,"
			+ "Employment,Average wage,25th Percentile,50th Percentile,75th Percentile,Annual wage";

	private static final String GENERIC_HEADER = "source,url,publisher,published_date,occupation,area,statistic,"
			+ "value,unit,reference_period";

	@TempDir
	Path dir;

	private final SocCrosswalk crosswalk = SocCrosswalk.identity();

	private final List<TableFormat> formats = new ArrayList<>(List.of(new OewsNationalTableFormat(crosswalk),
			new OewsStateTableFormat(crosswalk), new OesQueryReportTableFormat(crosswalk),
			new GenericFiguresTableFormat(crosswalk)));

	{
		formats.addAll(MappedTableFormat.builtIn(crosswalk));
	}

	/** Every item of the file and its accounting, read as the job reads it on {@code runDate}. */
	private record Read(List<TableItem> items, FileAccounting accounting) {

		String reason(long line) {
			return items.stream().filter(i -> i.line() == line).findFirst().orElseThrow().setAside().reason();
		}

		TableItem at(long line) {
			return items.stream().filter(i -> i.line() == line).findFirst().orElseThrow();
		}
	}

	private Read read(String name, String content, LocalDate runDate) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, content);
		List<TableItem> items = new ArrayList<>();
		try (TableSource source = new TableFormats(formats, runDate).open(file)) {
			source.forEachRemaining(items::add);
			return new Read(items, source.accounting());
		}
	}

	@Test
	void nationalFileNamedForAFutureSurveyHasEveryDataRowRejected() throws IOException {
		Read read = read("national_M2031_dl.csv", NATIONAL, RUN_DATE);

		assertThat(read.accounting()).extracting(FileAccounting::read, FileAccounting::accepted,
				FileAccounting::filtered, FileAccounting::rejected).containsExactly(3L, 0L, 1L, 2L);
		assertThat(read.reason(3)).isEqualTo("year 2031 is after the run date 2026-12-01");
		assertThat(read.reason(4)).isEqualTo("year 2031 is after the run date 2026-12-01");
		assertThat(read.at(3).setAside().raw()).startsWith("99,U.S.,1,US,000000,Cross-industry,cross-industry,1235,29-2072,");
		assertThat(read.items()).allSatisfy(i -> assertThat(i.figures()).isEmpty());
		assertThat(read.accounting().layout())
			.isEqualTo("OEWS national, 32 columns (O_GROUP), May 2031 (period taken from the file name only)");
	}

	@Test
	void surveyOfTheRunYearIsRejectedBeforeMayAndAcceptedAfter() throws IOException {
		Read march = read("national_M2026_dl.csv", NATIONAL, LocalDate.of(2026, 3, 1));
		Read june = read("national_M2026_dl.csv", NATIONAL, LocalDate.of(2026, 6, 1));

		assertThat(march.reason(3)).isEqualTo("May 2026 is after the run date 2026-03-01");
		assertThat(june.accounting().accepted()).isEqualTo(2);
		assertThat(june.at(3).figures()).allSatisfy(f -> assertThat(f.period()).isEqualTo(Period.survey(2026)));
	}

	@Test
	void layoutOfOneYearDatesTheFileWhateverItsNameSays() throws IOException {
		// The 31-column layout (PRIM_STATE, no PCT_RPT) was used in May 2020 only.
		String may2020 = NATIONAL.replace(",PCT_TOTAL,PCT_RPT,", ",PCT_TOTAL,").replace(",,,,,", ",,,,");

		Read read = read("national_M2031_dl.csv", may2020, RUN_DATE);

		assertThat(read.accounting().accepted()).isEqualTo(2);
		assertThat(read.at(3).figures().get(0).period()).isEqualTo(Period.survey(2020));
		assertThat(read.accounting().layout()).isEqualTo("OEWS national, 31 columns (O_GROUP), May 2020 (May 2020 "
				+ "from its 31-column layout (used in May 2020 only); the file name says 2031)");
	}

	@Test
	void stateFileNamedForAFutureSurveyIsRejectedRowByRow() throws IOException {
		String state = "AREA_TITLE;OCC_CODE;OCC_TITLE;H_MEAN;A_MEAN\n"
				+ "New York;29-2072;Medical Records Specialists;29.09;60,510\n";

		Read future = read("state_M2031_dl.csv", state, RUN_DATE);
		Read past = read("state_M2023_dl.csv", state, RUN_DATE);

		assertThat(future.reason(2)).isEqualTo("year 2031 is after the run date 2026-12-01");
		assertThat(future.accounting().rejected()).isEqualTo(1);
		assertThat(past.accounting().accepted()).isEqualTo(1);
		assertThat(past.accounting().layout())
			.isEqualTo("OEWS state, 5 columns, May 2023 (period taken from the file name only)");
	}

	@Test
	void agencyRowsWhoseYearIsAfterTheRunDateAreRejectedAndTheOthersKept() throws IOException {
		Read read = read("oews-washington.csv", String.join("\n", WASHINGTON_HEADER,
				"349,2022,000053,Washington,29-2072,Medical Records Specialists,3517,26.44,20.47,23.32,29.65,54980.00",
				"350,2031,000053,Washington,29-2072,Medical Records Specialists,3517,26.44,20.47,23.32,29.65,54980.00",
				"351,2027,000053,Washington,29-9021,Health Information Technologists,900,30.00,25.00,28.00,33.00,62400.00",
				""), RUN_DATE);

		assertThat(read.accounting()).extracting(FileAccounting::accepted, FileAccounting::rejected)
			.containsExactly(1L, 2L);
		assertThat(read.at(2).figures()).allSatisfy(f -> assertThat(f.period()).isEqualTo(Period.year(2022)));
		assertThat(read.reason(3)).isEqualTo("year 2031 is after the run date 2026-12-01");
		assertThat(read.reason(4)).isEqualTo("year 2027 is after the run date 2026-12-01");
	}

	@Test
	void genericFiguresDatedAfterTheRunDateAreRejected() throws IOException {
		Read read = read("survey.csv", String.join("\n", GENERIC_HEADER,
				"Example Survey,,Example,2024-06,29-2072,United States,MEDIAN,49800,USD_PER_YEAR,2024",
				"Example Survey,,Example,2024-06,29-2072,United States,MEDIAN,49800,USD_PER_YEAR,May 2030",
				"Example Survey,,Example,2024-06,29-2072,United States,VALUE,190000,PERSONS,2029", ""), RUN_DATE);

		assertThat(read.at(2).accepted()).isTrue();
		assertThat(read.reason(3)).isEqualTo("year 2030 is after the run date 2026-12-01");
		assertThat(read.reason(4)).isEqualTo("year 2029 is after the run date 2026-12-01");
	}

	@Test
	void projectedFiguresMayNameALaterYearButNotALaterBaseYear() {
		RunDateCheck check = new RunDateCheck(RUN_DATE);

		assertThat(check.problem(Metric.EMPLOYMENT_PROJECTED, Period.year(2034))).isNull();
		assertThat(check.problem(Metric.OPENINGS, Period.projection(2024, 2034))).isNull();
		assertThat(check.problem(Metric.OPENINGS, Period.projection(2031, 2041)))
			.isEqualTo("projection base year 2031 is after the run date 2026-12-01");
		assertThat(check.problem(Metric.EMPLOYMENT, Period.year(2031)))
			.isEqualTo("year 2031 is after the run date 2026-12-01");
	}

}
