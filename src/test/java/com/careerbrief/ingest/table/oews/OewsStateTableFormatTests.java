package com.careerbrief.ingest.table.oews;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.careerbrief.model.AreaType;
import com.careerbrief.model.Bound;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.occupation.SocCrosswalk;

class OewsStateTableFormatTests {

	private static final OewsTestFiles STATE = OewsTestFiles.readAll(
			new OewsStateTableFormat(SocCrosswalk.identity()),
			OewsTestFiles.input("state/state_M2023_dl.reduced_semicolon.csv"));

	/**
	 * Counted from the raw file with Python's csv module (delimiter ';', encoding utf-8-sig): 37,676
	 * data rows; 1,188 have a major-group code NN-0000 other than 00-0000; of the rest, 505 have both
	 * H_MEAN and A_MEAN '*' (no figure published). 37,676 - 1,188 - 505 = 35,983 accepted.
	 */
	@Test
	void accountsForEveryRow() {
		assertThat(STATE.accounting().read()).isEqualTo(37_676);
		assertThat(STATE.accounting().accepted()).isEqualTo(35_983);
		assertThat(STATE.accounting().filtered()).isEqualTo(1_188 + 505);
		assertThat(STATE.accounting().rejected()).isZero();
		assertThat(STATE.accounting().layout()).isEqualTo("OEWS state, 5 columns, May 2023 (period taken from the file name only)");
	}

	@Test
	void medicalRecordsStateMeansMatchTheFile() {
		assertThat(STATE.value("29-2072", "New York", Metric.WAGE, Statistic.MEAN, Unit.USD_PER_YEAR))
			.isEqualByComparingTo("60510");
		assertThat(STATE.value("29-2072", "New York", Metric.WAGE, Statistic.MEAN, Unit.USD_PER_HOUR))
			.isEqualByComparingTo("29.09");
		assertThat(STATE.value("29-2072", "Indiana", Metric.WAGE, Statistic.MEAN, Unit.USD_PER_YEAR))
			.isEqualByComparingTo("48220");
		Figure ny = STATE.figure("29-2072", "New York", Metric.WAGE, Statistic.MEAN, Unit.USD_PER_YEAR).orElseThrow();
		assertThat(ny.areaType()).isEqualTo(AreaType.STATE);
		assertThat(ny.period().label()).isEqualTo("May 2023");
		assertThat(ny.source().line()).isEqualTo(23267);
	}

	/** "Alaska;29-1214;Emergency Medicine Physicians;#;#": top-coded with the 2023 top-code. */
	@Test
	void topCodedStateWageIsAtLeastTheTopCode() {
		Figure alaska = STATE.figure("29-1214", "Alaska", Metric.WAGE, Statistic.MEAN, Unit.USD_PER_YEAR)
			.orElseThrow();

		assertThat(alaska.bound()).isEqualTo(Bound.AT_LEAST);
		assertThat(alaska.value()).isEqualByComparingTo("239200");
	}

	/** Alabama 13-2052 Personal Financial Advisors: "*;*". Line 3: Alabama 11-0000 major group. */
	@Test
	void rowsWithoutFiguresAndMajorGroupsAreFilteredWithReasons() {
		assertThat(STATE.items().stream()
			.filter(i -> !i.accepted() && i.setAside().raw().startsWith("Alabama;13-2052;"))
			.findFirst().orElseThrow().setAside().reason())
			.isEqualTo("no figure published: H_MEAN '*' (wage estimate not available), "
					+ "A_MEAN '*' (wage estimate not available)");
		assertThat(STATE.itemAt(3).setAside().reason())
			.isEqualTo("major group 11-0000 totals its detailed occupations; kept the detailed rows");
	}

}
