package com.careerbrief.ingest.table.oews;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.careerbrief.ingest.table.TextFiles;
import com.careerbrief.model.AreaType;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.occupation.SocCrosswalk;

class OesQueryReportTableFormatTests {

	private final OesQueryReportTableFormat format = new OesQueryReportTableFormat(SocCrosswalk.identity());

	private static final Path NARROW = OewsTestFiles.input("other/OES_Report_data_scientists_by_state_May2024.csv");

	// A copy of the BLS query tool's all-columns export (shared/data/oews/other_layouts), kept with the tests.
	private static final Path WIDE = Path.of("src/test/resources/ingest/OES_Report_data_scientists_by_state_May2024_wide.csv");

	/**
	 * Counted with Python's csv module: after the "Area Name" header (line 6) come 59 rows: 52 areas
	 * "Name (NN-00000)", 2 blank rows and 5 note rows. Delaware's only value is "(8) -", so it is filtered.
	 */
	@Test
	void narrowReportAccountsForEveryRow() {
		OewsTestFiles result = OewsTestFiles.readAll(format, NARROW);

		assertThat(result.accounting().read()).isEqualTo(59);
		assertThat(result.accounting().accepted()).isEqualTo(51);
		assertThat(result.accounting().filtered()).isEqualTo(8);
		assertThat(result.accounting().rejected()).isZero();
		assertThat(result.itemAt(14).setAside().reason())
			.isEqualTo("no figure published: Annual mean wage (2) '(8) -' (estimate not released (footnote 8))");
		assertThat(result.itemAt(60).setAside().reason()).isEqualTo("footnote or note row, not data");
	}

	@Test
	void narrowReportGivesStateAnnualMeans() {
		OewsTestFiles result = OewsTestFiles.readAll(format, NARROW);

		Figure alabama = result.figure("15-2051", "Alabama", Metric.WAGE, Statistic.MEAN, Unit.USD_PER_YEAR)
			.orElseThrow();
		assertThat(alabama.value()).isEqualByComparingTo("102970");
		assertThat(alabama.areaType()).isEqualTo(AreaType.STATE);
		assertThat(alabama.period().label()).isEqualTo("May 2024");
		assertThat(alabama.occupationTitle()).isEqualTo("Data Scientists");
	}

	/** 52 areas, 2 blank, 7 notes; Delaware keeps its employment (540) although every wage is "(8) -". */
	@Test
	void wideReportKeepsDelawareEmploymentAndReadsPercentiles() {
		OewsTestFiles result = OewsTestFiles.readAll(format, WIDE);

		assertThat(result.accounting().read()).isEqualTo(61);
		assertThat(result.accounting().accepted()).isEqualTo(52);
		assertThat(result.accounting().filtered()).isEqualTo(9);
		assertThat(result.value("15-2051", "Delaware", Metric.EMPLOYMENT, Statistic.VALUE, Unit.PERSONS))
			.isEqualByComparingTo("540");
		assertThat(result.figure("15-2051", "Delaware", Metric.WAGE, Statistic.MEAN, Unit.USD_PER_YEAR)).isEmpty();
		assertThat(result.value("15-2051", "Alabama", Metric.WAGE, Statistic.MEDIAN, Unit.USD_PER_HOUR))
			.isEqualByComparingTo("50.68");
		assertThat(result.value("15-2051", "Wyoming", Metric.WAGE, Statistic.P90, Unit.USD_PER_YEAR))
			.isEqualByComparingTo("129880");
	}

	@Test
	void detectsBothExportsByTheirPreamble() throws IOException {
		assertThat(format.accepts("a.csv", TextFiles.headLines(NARROW, 20))).isTrue();
		assertThat(format.accepts("a.csv", TextFiles.headLines(WIDE, 20))).isTrue();
		assertThat(format.accepts("OES_Report.csv",
				TextFiles.headLines(OewsTestFiles.input("national/national_M2024_dl.csv"), 20))).isFalse();
	}

}
