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
import com.careerbrief.ingest.table.oews.OewsNationalTableFormat;
import com.careerbrief.ingest.table.oews.OewsStateTableFormat;
import com.careerbrief.model.FileAccounting;
import com.careerbrief.occupation.SocCrosswalk;

/** Rows whose figures cannot all be true are rejected, naming the columns and values that disagree. */
class ImpossibleRowsTests {

	private static final String HEADER = "AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,NAICS,NAICS_TITLE,I_GROUP,OWN_CODE,"
			+ "OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,EMP_PRSE,JOBS_1000,LOC_QUOTIENT,PCT_TOTAL,PCT_RPT,H_MEAN,A_MEAN,"
			+ "MEAN_PRSE,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90,ANNUAL,HOURLY";

	/** Line 597 of national_M2024_dl.csv (29-2072). */
	private static final String ROW = "99,U.S.,1,US,000000,Cross-industry,cross-industry,1235,29-2072,Medical Records "
			+ "Specialists,detailed,187910,1,,,,,26.91,55970,0.6,17.2,20,24.16,30.8,38.92,35780,41600,50250,64070,80950,,";

	/** Line 406 of national_M2024_dl.csv (25-2021): annual wages only, hourly '*', ANNUAL=TRUE. */
	private static final String TEACHERS = "99,U.S.,1,US,000000,Cross-industry,cross-industry,1235,25-2021,\"Elementary "
			+ "School Teachers, Except Special Education\",detailed,1393310,0.8,,,,,*,69790,0.6,*,*,*,*,*,46440,50680,"
			+ "62340,79410,102010,TRUE,";

	private static final String WASHINGTON_HEADER = "ID,Year,Area code,Area name,SOC code,Occupational title,"
			+ "Employment,Average wage,25th Percentile,50th Percentile,75th Percentile,Annual wage";

	@TempDir
	Path dir;

	private final SocCrosswalk crosswalk = SocCrosswalk.identity();

	private final List<TableFormat> formats = new ArrayList<>(
			List.of(new OewsNationalTableFormat(crosswalk), new OewsStateTableFormat(crosswalk)));

	{
		formats.addAll(MappedTableFormat.builtIn(crosswalk));
	}

	private record Read(List<TableItem> items, FileAccounting accounting) {

		TableItem at(long line) {
			return items.stream().filter(i -> i.line() == line).findFirst().orElseThrow();
		}

		String reason(long line) {
			return at(line).setAside().reason();
		}
	}

	private Read read(String name, String... lines) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, String.join("\n", lines) + "\n");
		List<TableItem> items = new ArrayList<>();
		try (TableSource source = new TableFormats(formats, LocalDate.of(2026, 12, 1)).open(file)) {
			source.forEachRemaining(items::add);
			return new Read(items, source.accounting());
		}
	}

	/** The 29-2072 row under {@code code} with the named cells replaced. */
	private static String row(String code, String... columnsAndValues) {
		String[] cells = ROW.replace("29-2072", code).split(",", -1);
		List<String> header = List.of(HEADER.split(","));
		for (int i = 0; i < columnsAndValues.length; i += 2) {
			cells[header.indexOf(columnsAndValues[i])] = columnsAndValues[i + 1];
		}
		return String.join(",", cells);
	}

	@Test
	void percentilesOutOfOrderAreRejected() throws IOException {
		Read read = read("national_M2024_dl.csv", HEADER, ROW,
				row("29-2073", "A_PCT10", "95000", "A_PCT25", "*", "A_MEDIAN", "*", "A_PCT75", "*", "A_PCT90", "61000",
						"H_PCT10", "*", "H_PCT25", "*", "H_MEDIAN", "*", "H_PCT75", "*", "H_PCT90", "*"),
				row("29-2074", "H_MEDIAN", "31.5"),
				row("29-2075", "A_PCT75", "#", "A_PCT90", "230000", "H_PCT75", "*", "H_PCT90", "*"),
				row("29-2076", "A_PCT90", "#", "H_PCT90", "#"));

		assertThat(read.at(2).accepted()).isTrue();
		assertThat(read.reason(3)).isEqualTo("A_PCT10 95,000 is above A_PCT90 61,000");
		assertThat(read.reason(4)).isEqualTo("H_MEDIAN 31.5 is above H_PCT75 30.8");
		assertThat(read.reason(5)).isEqualTo("A_PCT75 # (239,200 or more) is above A_PCT90 230,000");
		assertThat(read.at(6).accepted()).isTrue();
		assertThat(read.at(3).figures()).isEmpty();
	}

	@Test
	void annualWageFarFromHourlyTimes2080IsRejected() throws IOException {
		Read national = read("national_M2024_dl.csv", HEADER, row("29-2072", "A_MEAN", "5597"),
				row("29-2073", "A_MEDIAN", "60250"), row("29-2074", "A_MEAN", "55960"), TEACHERS);
		Read state = read("state_M2023_dl.csv", "AREA_TITLE;OCC_CODE;OCC_TITLE;H_MEAN;A_MEAN",
				"New York;29-2072;Medical Records Specialists;29.09;\"6,051\"",
				"Ohio;29-2072;Medical Records Specialists;24.00;\"49,920\"");

		assertThat(national.reason(2)).isEqualTo("A_MEAN 5,597 is 90% below H_MEAN 26.91 × 2,080 = 55,972.8");
		assertThat(national.reason(3)).isEqualTo("A_MEDIAN 60,250 is 19.9% above H_MEDIAN 24.16 × 2,080 = 50,252.8");
		// Within 1%: BLS rounds hourly wages to cents and annual wages to tens.
		assertThat(national.at(4).accepted()).isTrue();
		// Teachers: annual wages only, so nothing to compare.
		assertThat(national.at(5).accepted()).isTrue();
		assertThat(state.reason(2)).isEqualTo("A_MEAN 6,051 is 90% below H_MEAN 29.09 × 2,080 = 60,507.2");
		assertThat(state.at(3).accepted()).isTrue();
	}

	@Test
	void agencyRowsThatCannotBeTrueAreRejected() throws IOException {
		Read read = read("oews-washington.csv", WASHINGTON_HEADER,
				"1,2022,000053,Washington,29-2072,Medical Records Specialists,3517,26.44,20.47,23.32,29.65,54980.00",
				"2,2022,000053,Washington,29-2072,Medical Records Specialists,3517,26.44,30.00,23.32,29.65,54980.00",
				"3,2022,000053,Washington,29-2072,Medical Records Specialists,3517,26.44,20.47,23.32,29.65,5498.00",
				"4,2022,000053,Washington,29-2072,Medical Records Specialists,-5,26.44,20.47,23.32,29.65,54980.00");

		assertThat(read.at(2).accepted()).isTrue();
		assertThat(read.reason(3)).isEqualTo("25th Percentile 30 is above 50th Percentile 23.32");
		assertThat(read.reason(4)).isEqualTo("Annual wage 5,498 is 90% below Average wage 26.44 × 2,080 = 54,995.2");
		assertThat(read.reason(5)).isEqualTo("Employment '-5' is negative; employment cannot be below 0");
		assertThat(read.accounting()).extracting(FileAccounting::accepted, FileAccounting::rejected)
			.containsExactly(1L, 3L);
	}

}
