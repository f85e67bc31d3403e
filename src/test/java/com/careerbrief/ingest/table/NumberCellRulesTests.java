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
import com.careerbrief.model.Figure;
import com.careerbrief.model.FileAccounting;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.occupation.SocCrosswalk;

/**
 * Only BLS's documented markers mean "not available"; other text in a number cell, and a currency
 * sign or a departing thousands separator in an OEWS file, rejects the row naming the column and cell.
 */
class NumberCellRulesTests {

	/** The May 2013 header (20 columns) and line 572 of national_M2013_dl.csv without separators. */
	private static final String HEADER = "OCC_CODE,OCC_TITLE,OCC_GROUP,TOT_EMP,EMP_PRSE,H_MEAN,A_MEAN,MEAN_PRSE,"
			+ "H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90,ANNUAL,HOURLY";

	private static final String ROW = "29-2071,Medical Records and Health Information Technicians,detailed,180760,0.9,"
			+ "18.13,37710,0.3,10.91,13.23,16.81,21.76,27.56,22700,27520,34970,45260,57320,,";

	/** The same row as the shipped Excel export writes it, with thousands separators. */
	private static final String GROUPED_ROW = "29-2071,Medical Records and Health Information Technicians,detailed,"
			+ "\"180,760\",0.9,18.13,\"37,710\",0.3,10.91,13.23,16.81,21.76,27.56,\"22,700\",\"27,520\",\"34,970\","
			+ "\"45,260\",\"57,320\",,";

	@TempDir
	Path dir;

	private final SocCrosswalk crosswalk = SocCrosswalk.identity();

	private final List<TableFormat> formats = new ArrayList<>(List.of(new OewsNationalTableFormat(crosswalk),
			new OewsStateTableFormat(crosswalk), new OesQueryReportTableFormat(crosswalk),
			new GenericFiguresTableFormat(crosswalk)));

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

	private Read read(String name, String content) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, content);
		List<TableItem> items = new ArrayList<>();
		try (TableSource source = new TableFormats(formats, LocalDate.of(2026, 12, 1)).open(file)) {
			source.forEachRemaining(items::add);
			return new Read(items, source.accounting());
		}
	}

	/** The row under another detailed code, so that rows of one file are not duplicates. */
	private static String as(String code, String row) {
		return row.replace("29-2071", code);
	}

	private static String with(String row, String column, String value) {
		String[] cells = row.split(",", -1);
		cells[List.of(HEADER.split(",")).indexOf(column)] = value;
		return String.join(",", cells);
	}

	@Test
	void textThatIsNoBlsMarkerIsRejectedWithItsColumn() throws IOException {
		Read read = read("national_M2013_dl.csv", String.join("\n", HEADER, with(ROW, "A_MEDIAN", "N/A"),
				with(ROW, "H_PCT25", "n/a"), with(ROW, "A_PCT90", "-"), with(ROW, "TOT_EMP", "—"),
				with(ROW, "A_MEAN", "abc"), with(ROW, "A_PCT10", "(8) -"), ""));

		assertThat(read.accounting().rejected()).isEqualTo(6);
		assertThat(read.reason(2)).isEqualTo("A_MEDIAN 'N/A' is not a number or a BLS marker");
		assertThat(read.reason(3)).isEqualTo("H_PCT25 'n/a' is not a number or a BLS marker");
		assertThat(read.reason(4)).isEqualTo("A_PCT90 '-' is not a number or a BLS marker");
		assertThat(read.reason(5)).isEqualTo("TOT_EMP '—' is not a number or a BLS marker");
		assertThat(read.reason(6)).isEqualTo("A_MEAN 'abc' is not a number or a BLS marker");
		assertThat(read.reason(7)).isEqualTo("A_PCT10 '(8) -' is not a number or a BLS marker");
	}

	@Test
	void blsMarkersStillMeanNotAvailable() throws IOException {
		Read read = read("national_M2013_dl.csv", String.join("\n", HEADER,
				with(with(with(ROW, "H_PCT90", "#"), "A_PCT90", "#"), "A_PCT75", "*"),
				as("29-2072", with(ROW, "TOT_EMP", "**")), as("29-2073", with(ROW, "H_MEAN", "~")), ""));

		assertThat(read.accounting().accepted()).isEqualTo(3);
		assertThat(read.at(2).figures()).extracting(Figure::statistic, Figure::unit)
			.doesNotContain(org.assertj.core.groups.Tuple.tuple(Statistic.P75, Unit.USD_PER_YEAR));
	}

	@Test
	void currencySignInAnOewsFileIsRejected() throws IOException {
		Read national = read("national_M2013_dl.csv", String.join("\n", HEADER, with(ROW, "A_MEAN", "\"$1,234\""),
				as("29-2072", with(ROW, "H_MEAN", "$18.13")), ""));
		Read state = read("state_M2023_dl.csv", "AREA_TITLE;OCC_CODE;OCC_TITLE;H_MEAN;A_MEAN\n"
				+ "New York;29-2072;Medical Records Specialists;29.09;$60,510\n");

		assertThat(national.reason(2))
			.isEqualTo("A_MEAN '$1,234' has a currency sign; BLS never writes one in an OEWS file");
		assertThat(national.reason(3))
			.isEqualTo("H_MEAN '$18.13' has a currency sign; BLS never writes one in an OEWS file");
		assertThat(state.reason(2))
			.isEqualTo("A_MEAN '$60,510' has a currency sign; BLS never writes one in an OEWS file");
	}

	@Test
	void thousandsSeparatorsMustFollowTheFilesOwnStyle() throws IOException {
		Read plain = read("national_M2013_dl.csv", String.join("\n", HEADER, ROW,
				as("29-2072", with(ROW, "A_MEAN", "\"1,234\"")), ""));
		Read grouped = read("national_M2018_dl.csv", String.join("\n", HEADER, GROUPED_ROW,
				as("29-2072", GROUPED_ROW.replace("\"37,710\"", "37710")), ""));

		assertThat(plain.at(2).accepted()).isTrue();
		assertThat(plain.reason(3)).isEqualTo(
				"A_MEAN '1,234' has thousands separators, but this file writes numbers without them (as '180760')");
		assertThat(grouped.at(2).accepted()).isTrue();
		assertThat(grouped.reason(3)).isEqualTo(
				"A_MEAN '37710' has no thousands separators, but this file writes numbers with them (as '180,760')");
	}

	@Test
	void queryToolKeepsItsDocumentedDollarsAndFootnotedDash() throws IOException {
		String preamble = String.join("\n", "Occupation: Data Scientists (SOC code 152051)",
				"Occupation: Data Scientists (SOC code 15-2051)", "Period: May 2024", "",
				"Area Name,Annual mean wage(2)");
		Read read = read("OES_Report.csv", String.join("\n", preamble, "Alabama (01-00000),\"$102,970\"",
				"Alaska (02-00000),(8) -", "Arizona (04-00000),N/A", "Arkansas (05-00000),-", ""));

		assertThat(read.at(6).figures().get(0).value()).isEqualByComparingTo("102970");
		assertThat(read.at(7).setAside().filtered()).isTrue();
		assertThat(read.reason(7)).isEqualTo(
				"no figure published: Annual mean wage(2) '(8) -' (estimate not released (footnote 8))");
		assertThat(read.reason(8)).isEqualTo("Annual mean wage(2) 'N/A' is not a number or a BLS marker");
		assertThat(read.reason(9)).isEqualTo("Annual mean wage(2) '-' is not a number or a BLS marker");
	}

	@Test
	void agencyFileCellsThatAreNoNumberAreRejected() throws IOException {
		Read read = read("oews-washington.csv", String.join("\n",
				"ID,Year,Area code,Area name,SOC code,Occupational title,Employment,Average wage,25th Percentile,"
						+ "50th Percentile,75th Percentile,Annual wage",
				"1,2022,000053,Washington,29-2072,Medical Records Specialists,3517,26.44,20.47,23.32,29.65,54980.00",
				"2,2022,000053,Washington,29-2072,Medical Records Specialists,3517,26.44,n/a,23.32,29.65,54980.00",
				"3,2022,000053,Washington,29-2072,Medical Records Specialists,-,26.44,20.47,23.32,29.65,54980.00", ""));

		assertThat(read.at(2).accepted()).isTrue();
		assertThat(read.reason(3)).isEqualTo("25th Percentile 'n/a' is not a number or a BLS marker");
		assertThat(read.reason(4)).isEqualTo("Employment '-' is not a number or a BLS marker");
	}

}
