package com.careerbrief.ingest.table.oews;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.careerbrief.ingest.table.TextFiles;
import com.careerbrief.model.AreaType;
import com.careerbrief.model.Bound;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.PeriodKind;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.occupation.SocCrosswalk;

class OewsNationalTableFormatTests {

	private static final String US = Figure.UNITED_STATES;

	private final OewsNationalTableFormat format = new OewsNationalTableFormat(SocCrosswalk.identity());

	private static OewsTestFiles read(OewsNationalTableFormat format, int year) {
		return OewsTestFiles.readAll(format, OewsTestFiles.input("national/national_M" + year + "_dl.csv"));
	}

	/**
	 * Expected counts come from the raw files, independently of this reader, with
	 * {@code python3 -c "import csv,collections; r=list(csv.reader(open(f,encoding='utf-8-sig')));
	 * g=[x.upper() for x in r[0]].index('O_GROUP' or 'OCC_GROUP'); print(collections.Counter(x[g] for x in r[1:]))"}:
	 * accepted = total + detailed, filtered = major + minor + broad (no broad row lacks a detailed row,
	 * checked the same way). 2013: 1/22/94/457/820; 2017: 1/22/94/456/809; 2018: 1/22/93/455/808;
	 * 2019 and 2020: 1/22/92/425/789; 2021 and 2023, 2024: 1/22/94/455/831; 2022: 1/22/94/455/830.
	 */
	@ParameterizedTest
	@CsvSource({ "2013,1394,821,573", "2017,1382,810,572", "2018,1379,809,570", "2019,1329,790,539",
			"2020,1329,790,539", "2021,1403,832,571", "2022,1402,831,571", "2023,1403,832,571",
			"2024,1403,832,571" })
	void accountsForEveryRowOfEachYear(int year, long read, long accepted, long filtered) {
		OewsTestFiles result = read(format, year);

		assertThat(result.accounting().read()).isEqualTo(read);
		assertThat(result.accounting().accepted()).isEqualTo(accepted);
		assertThat(result.accounting().filtered()).isEqualTo(filtered);
		assertThat(result.accounting().rejected()).isZero();
		assertThat(result.accounting().error()).isNull();
		// Only the 2019 and 2020 layouts date themselves; the other years rest on the BLS file name.
		assertThat(result.accounting().layout()).endsWith(year == 2019 || year == 2020 ? "May " + year
				: "May " + year + " (period taken from the file name only)");
		assertThat(result.items()).hasSize((int) read);
	}

	@Test
	void medicalRecordsWagesMatchThePublishedTables() {
		assertThat(read(format, 2024).value("29-2072", US, Metric.WAGE, Statistic.MEDIAN, Unit.USD_PER_YEAR))
			.isEqualByComparingTo("50250");
		assertThat(read(format, 2023).value("29-2072", US, Metric.WAGE, Statistic.MEAN, Unit.USD_PER_YEAR))
			.isEqualByComparingTo("53690");
		assertThat(read(format, 2017).value("29-2071", US, Metric.WAGE, Statistic.MEDIAN, Unit.USD_PER_YEAR))
			.isEqualByComparingTo("39180");
		assertThat(read(format, 2019).value("29-2098", US, Metric.WAGE, Statistic.MEDIAN, Unit.USD_PER_YEAR))
			.isEqualByComparingTo("42630");
		assertThat(read(format, 2020).value("29-2098", US, Metric.WAGE, Statistic.MEDIAN, Unit.USD_PER_YEAR))
			.isEqualByComparingTo("44090");
	}

	@Test
	void thousandsSeparatorsAndEmploymentAreReadIn2013() {
		OewsTestFiles result = read(format, 2013);

		assertThat(result.value("00-0000", US, Metric.EMPLOYMENT, Statistic.VALUE, Unit.PERSONS))
			.isEqualByComparingTo("132588810");
		assertThat(result.value("29-2071", US, Metric.WAGE, Statistic.MEDIAN, Unit.USD_PER_HOUR))
			.isEqualByComparingTo("16.81");
	}

	@Test
	void figureCarriesAreaPeriodAndSource() {
		Figure median = read(format, 2024).figure("29-2072", US, Metric.WAGE, Statistic.MEDIAN, Unit.USD_PER_YEAR)
			.orElseThrow();

		assertThat(median.areaType()).isEqualTo(AreaType.NATIONAL);
		assertThat(median.period().kind()).isEqualTo(PeriodKind.SURVEY);
		assertThat(median.period().label()).isEqualTo("May 2024");
		assertThat(median.source().sourceId()).isEqualTo("bls-oews-2024");
		assertThat(median.source().kind()).isEqualTo(SourceKind.OFFICIAL);
		assertThat(median.source().file()).isEqualTo("national_M2024_dl.csv");
		assertThat(median.source().line()).isEqualTo(597);
		assertThat(median.occupationTitle()).isEqualTo("Medical Records Specialists");
	}

	/** Management Occupations, line 3 of 2024: H_PCT90 and A_PCT90 are '#'. */
	@Test
	void topCodedWageIsAnAtLeastBoundWithTheYearsTopCode() {
		OewsTestFiles y2024 = read(format, 2024);
		OewsTestFiles y2013 = read(format, 2013);

		Figure annual = y2024.figure("11-1011", US, Metric.WAGE, Statistic.P90, Unit.USD_PER_YEAR).orElseThrow();
		Figure hourly = y2024.figure("11-1011", US, Metric.WAGE, Statistic.P90, Unit.USD_PER_HOUR).orElseThrow();
		assertThat(annual.bound()).isEqualTo(Bound.AT_LEAST);
		assertThat(annual.value()).isEqualByComparingTo("239200");
		assertThat(hourly.value()).isEqualByComparingTo("115");
		assertThat(y2013.figure("11-1011", US, Metric.WAGE, Statistic.P90, Unit.USD_PER_YEAR).orElseThrow().value())
			.isEqualByComparingTo("187200");
	}

	/** 2024 line 6 is 11-1031 Legislators, ANNUAL=TRUE: hourly wages are '*'. */
	@Test
	void annualOnlyRowHasNoHourlyFigureButIsAccepted() {
		OewsTestFiles result = read(format, 2024);

		assertThat(result.figure("11-1031", US, Metric.WAGE, Statistic.MEAN, Unit.USD_PER_YEAR)).isPresent();
		assertThat(result.figure("11-1031", US, Metric.WAGE, Statistic.MEAN, Unit.USD_PER_HOUR)).isEmpty();
	}

	@Test
	void broadAndDuplicateRowsAreFilteredWithReasons() {
		OewsTestFiles y2024 = read(format, 2024);
		OewsTestFiles y2018 = read(format, 2018);

		assertThat(y2024.itemAt(596).setAside().reason())
			.isEqualTo("broad group 29-2070 repeats detailed 29-2072; kept the detailed row");
		// 2018 lines 76/77: 13-1020 as detailed, then again as broad with the same numbers
		assertThat(y2018.itemAt(76).accepted()).isTrue();
		assertThat(y2018.itemAt(77).setAside().reason())
			.isEqualTo("broad group 13-1020 repeats detailed 13-1020; kept the detailed row");
		assertThat(y2024.itemAt(3).setAside().reason())
			.isEqualTo("major group 11-0000 totals its detailed occupations; kept the detailed rows");
	}

	@Test
	void crosswalkMapsThePublishedCode() {
		SocCrosswalk crosswalk = code -> code.equals("29-2071")
				? new SocCrosswalk.Mapping("29-2072", "SOC 2010 29-2071 split: part now 29-9021")
				: new SocCrosswalk.Mapping(code, null);

		Figure median = read(new OewsNationalTableFormat(crosswalk), 2017)
			.figure("29-2071", US, Metric.WAGE, Statistic.MEDIAN, Unit.USD_PER_YEAR).orElseThrow();

		assertThat(median.socCode()).isEqualTo("29-2072");
		assertThat(median.codeNote()).isEqualTo("SOC 2010 29-2071 split: part now 29-9021");
	}

	@Test
	void detectsEveryNationalLayoutByContent() throws IOException {
		for (int year : List.of(2013, 2017, 2018, 2019, 2020, 2021, 2024)) {
			Path file = OewsTestFiles.input("national/national_M" + year + "_dl.csv");
			assertThat(format.accepts("x.csv", TextFiles.headLines(file, 20))).as("year %d", year).isTrue();
		}
		Path state = OewsTestFiles.input("state/state_M2023_dl.reduced_semicolon.csv");
		assertThat(format.accepts("national_M2023_dl.csv", TextFiles.headLines(state, 20))).isFalse();
	}

	@Test
	void duplicateDetailedRowIsFiltered(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("national_M2018_dl.csv");
		String header = Files.readAllLines(OewsTestFiles.input("national/national_M2018_dl.csv")).get(0);
		String row = "29-2071,Medical Records and Health Information Technicians,detailed,\"208,650\",1.0,21.16,"
				+ "\"44,010\",0.4,12.76,15.42,19.40,25.35,31.86,\"26,550\",\"32,070\",\"40,350\",\"52,730\",\"66,260\",,";
		Files.writeString(file, header + "\n" + row + "\n" + row + "\n");

		OewsTestFiles result = OewsTestFiles.readAll(format, file);

		assertThat(result.accounting().accepted()).isEqualTo(1);
		assertThat(result.itemAt(3).setAside().reason())
			.isEqualTo("duplicate detailed row for 29-2071 (first on line 2); kept the first");
		assertThat(result.value("29-2071", US, Metric.WAGE, Statistic.MEDIAN, Unit.USD_PER_YEAR))
			.isEqualByComparingTo(new BigDecimal("40350"));
	}

}
