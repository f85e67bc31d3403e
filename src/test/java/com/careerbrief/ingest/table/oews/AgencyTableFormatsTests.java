package com.careerbrief.ingest.table.oews;

import com.careerbrief.ingest.table.mapping.ColumnMappings;
import com.careerbrief.ingest.table.mapping.MappedTableFormat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.careerbrief.model.AreaType;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.PeriodKind;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.occupation.SocCrosswalk;

/** New York DOL and Washington ESD files, read whole from input/oews/other. */
class AgencyTableFormatsTests {

	private static final OewsTestFiles NEW_YORK = OewsTestFiles.readAll(new MappedTableFormat(ColumnMappings.fromResource("layouts/nysdol-oews.properties"), SocCrosswalk.identity()),
			OewsTestFiles.input("other/NYSDOL_oews-newyork.csv"));

	private static final OewsTestFiles WASHINGTON = OewsTestFiles.readAll(
			new MappedTableFormat(ColumnMappings.fromResource("layouts/waesd-oews.properties"), SocCrosswalk.identity()), OewsTestFiles.input("other/WAESD_oews-washington.csv"));

	/** Python csv: 7,010 rows, all 10 fields; 242 major-group codes NN-0000 (not 00-0000); none all blank. */
	@Test
	void newYorkAccountsForEveryRow() {
		assertThat(NEW_YORK.accounting().read()).isEqualTo(7_010);
		assertThat(NEW_YORK.accounting().accepted()).isEqualTo(7_010 - 242);
		assertThat(NEW_YORK.accounting().filtered()).isEqualTo(242);
		assertThat(NEW_YORK.accounting().rejected()).isZero();
	}

	@Test
	void newYorkStateMedicalRecordsWages() {
		assertThat(NEW_YORK.value("29-2072", "New York", Metric.WAGE, Statistic.MEAN, Unit.USD_PER_YEAR))
			.isEqualByComparingTo("57529");
		assertThat(NEW_YORK.value("29-2072", "New York", Metric.WAGE, Statistic.MEDIAN, Unit.USD_PER_YEAR))
			.isEqualByComparingTo("51289");
		assertThat(NEW_YORK.value("29-2072", "New York", Metric.WAGE, Statistic.ENTRY_LEVEL, Unit.USD_PER_YEAR))
			.isEqualByComparingTo("39360");
		assertThat(NEW_YORK.value("29-2072", "New York", Metric.WAGE, Statistic.EXPERIENCED, Unit.USD_PER_YEAR))
			.isEqualByComparingTo("66614");
		assertThat(NEW_YORK.value("29-2072", "New York", Metric.EMPLOYMENT, Statistic.VALUE, Unit.PERSONS))
			.isEqualByComparingTo("9130");
	}

	@Test
	void newYorkSourceSaysTheYearIsNotStated() {
		Figure mean = NEW_YORK.figure("29-2072", "New York", Metric.WAGE, Statistic.MEAN, Unit.USD_PER_YEAR)
			.orElseThrow();
		Figure region = NEW_YORK.figure("29-2072", "Capital Region", Metric.WAGE, Statistic.MEAN, Unit.USD_PER_YEAR)
			.orElseThrow();

		assertThat(mean.areaType()).isEqualTo(AreaType.STATE);
		assertThat(mean.period().kind()).isEqualTo(PeriodKind.NONE);
		assertThat(mean.source().published()).isEqualTo("reference year not stated");
		assertThat(mean.source().kind()).isEqualTo(SourceKind.AGENCY);
		assertThat(mean.source().publisher()).isEqualTo("New York State Department of Labor");
		assertThat(region.areaType()).isEqualTo(AreaType.REGION);
		assertThat(region.value()).isEqualByComparingTo("53492");
	}

	/** 10 Western New York 53-7073 Wellhead Pumpers: employment blank, wages present. */
	@Test
	void newYorkBlankEmploymentGivesNoEmploymentFigure() {
		assertThat(NEW_YORK.figure("53-7073", "Western New York", Metric.EMPLOYMENT, Statistic.VALUE, Unit.PERSONS))
			.isEmpty();
		assertThat(NEW_YORK.value("53-7073", "Western New York", Metric.WAGE, Statistic.MEAN, Unit.USD_PER_YEAR))
			.isEqualByComparingTo("43128");
	}

	/** Python csv: 6,920 rows, all 12 fields, no NN-0000 codes, none without a value. */
	@Test
	void washingtonAccountsForEveryRow() {
		assertThat(WASHINGTON.accounting().read()).isEqualTo(6_920);
		assertThat(WASHINGTON.accounting().accepted()).isEqualTo(6_920);
		assertThat(WASHINGTON.accounting().rejected()).isZero();
	}

	@Test
	void washingtonMedicalRecordsWages() {
		Figure hourly = WASHINGTON.figure("29-2072", "Washington", Metric.WAGE, Statistic.MEAN, Unit.USD_PER_HOUR)
			.orElseThrow();

		assertThat(hourly.value()).isEqualByComparingTo("26.44");
		assertThat(hourly.areaType()).isEqualTo(AreaType.STATE);
		assertThat(hourly.period().startYear()).isEqualTo(2022);
		assertThat(hourly.source().publisher()).isEqualTo("Washington State Employment Security Department");
		assertThat(WASHINGTON.value("29-2072", "Washington", Metric.WAGE, Statistic.MEAN, Unit.USD_PER_YEAR))
			.isEqualByComparingTo("54980");
		assertThat(WASHINGTON.value("29-2072", "Washington", Metric.WAGE, Statistic.MEDIAN, Unit.USD_PER_HOUR))
			.isEqualByComparingTo("23.32");
		assertThat(WASHINGTON.figure("29-2072", "Bellingham, WA", Metric.WAGE, Statistic.MEAN, Unit.USD_PER_HOUR)
			.orElseThrow().areaType()).isEqualTo(AreaType.REGION);
	}

	/** Line 2, 11-1011 Chief Executives: 50th and 75th percentiles blank. */
	@Test
	void washingtonBlankPercentilesGiveNoFigure() {
		assertThat(WASHINGTON.figure("11-1011", "Washington", Metric.WAGE, Statistic.MEDIAN, Unit.USD_PER_HOUR))
			.isEmpty();
		assertThat(WASHINGTON.value("11-1011", "Washington", Metric.WAGE, Statistic.P25, Unit.USD_PER_HOUR))
			.isEqualByComparingTo("82.20");
	}

}
