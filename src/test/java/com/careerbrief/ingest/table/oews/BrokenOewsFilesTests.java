package com.careerbrief.ingest.table.oews;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.careerbrief.ingest.table.TextFiles;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.occupation.SocCrosswalk;

/** Damaged copies of an OEWS national file, written here: each gives rejects or a file error, never a crash. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class BrokenOewsFilesTests {

	/** The May 2013 header (20 columns). */
	private static final String HEADER = "OCC_CODE,OCC_TITLE,OCC_GROUP,TOT_EMP,EMP_PRSE,H_MEAN,A_MEAN,MEAN_PRSE,"
			+ "H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90,ANNUAL,HOURLY";

	/** Line 572 of national_M2013_dl.csv. */
	private static final String ROW = "29-2071,Medical Records and Health Information Technicians,detailed,"
			+ "\"180,760\",0.9,18.13,\"37,710\",0.3,10.91,13.23,16.81,21.76,27.56,\"22,700\",\"27,520\",\"34,970\","
			+ "\"45,260\",\"57,320\",,";

	@TempDir
	Path dir;

	private final OewsNationalTableFormat format = new OewsNationalTableFormat(SocCrosswalk.identity());

	private OewsTestFiles write(String name, String content) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, content);
		return OewsTestFiles.readAll(format, file);
	}

	private static String row(String column, String value) {
		String[] header = HEADER.split(",");
		String[] cells = ROW.replace("\"180,760\"", "180760").replace("\"37,710\"", "37710")
			.replaceAll("\"(\\d+),(\\d+)\"", "$1$2").split(",", -1);
		cells[java.util.Arrays.asList(header).indexOf(column)] = value;
		return String.join(",", cells);
	}

	@Test
	void truncatedLastLineIsRejected() throws IOException {
		OewsTestFiles result = write("national_M2013_dl.csv", HEADER + "\n" + ROW + "\n" + ROW.substring(0, 70));

		assertThat(result.accounting().accepted()).isEqualTo(1);
		assertThat(result.accounting().rejected()).isEqualTo(1);
		assertThat(result.itemAt(3).setAside().reason())
			.isEqualTo("a quoted field is not closed on this line (truncated row?); this is the file's last line and it"
					+ " has no line end, so the file looks cut off (an incomplete download or copy?)");
	}

	@Test
	void rowCutBetweenFieldsIsRejectedWithTheFieldCount() throws IOException {
		OewsTestFiles result = write("national_M2013_dl.csv", HEADER + "\n" + ROW.substring(0, ROW.indexOf(",\"180")));

		assertThat(result.itemAt(2).setAside().reason()).isEqualTo("expected 20 comma-separated fields but found 3"
				+ "; this is the file's last line and it has no line end, so the file looks cut off (an incomplete"
				+ " download or copy?)");
	}

	@Test
	void aShortLastLineWithNoLineEndSaysTheFileLooksCutOff() throws IOException {
		String cut = ROW.substring(0, ROW.indexOf(",\"180"));

		OewsTestFiles cutOff = write("national_M2013_dl.csv", HEADER + "\n" + ROW + "\n" + cut);
		OewsTestFiles ended = write("national_M2013_dl.csv", HEADER + "\n" + ROW + "\n" + cut + "\n");
		OewsTestFiles inside = write("national_M2013_dl.csv", HEADER + "\n" + cut + "\n" + ROW);

		assertThat(cutOff.itemAt(3).setAside()).satisfies(row -> {
			assertThat(row.file()).isEqualTo("national_M2013_dl.csv");
			assertThat(row.line()).isEqualTo(3);
			assertThat(row.filtered()).isFalse();
			assertThat(row.reason()).isEqualTo("expected 20 comma-separated fields but found 3; this is the file's last"
					+ " line and it has no line end, so the file looks cut off (an incomplete download or copy?)");
		});
		assertThat(cutOff.accounting()).extracting("read", "accepted", "rejected").containsExactly(2L, 1L, 1L);
		// A short row that ends its line, or is not the last, is a bad row, not a sign of a cut-off file.
		assertThat(ended.itemAt(3).setAside().reason()).isEqualTo("expected 20 comma-separated fields but found 3");
		assertThat(inside.itemAt(2).setAside().reason()).isEqualTo("expected 20 comma-separated fields but found 3");
	}

	@Test
	void semicolonDelimitedFileIsReadWithItsDelimiter() throws IOException {
		// Was a file error ("no OEWS national header line ... (delimiter ',')"); the delimiter is now sniffed.
		String plain = row("OCC_CODE", "29-2071");
		OewsTestFiles result = write("national_M2013_dl.csv", String.join("\n", HEADER.replace(',', ';'),
				plain.replace(',', ';'), plain.replace(',', ';').substring(0, 20), ""));

		assertThat(result.accounting().accepted()).isEqualTo(1);
		assertThat(result.value("29-2071", Figure.UNITED_STATES, Metric.WAGE, Statistic.MEDIAN, Unit.USD_PER_YEAR))
			.isEqualByComparingTo("34970");
		assertThat(result.itemAt(3).setAside().reason()).isEqualTo("expected 20 ';'-separated fields but found 2");
	}

	@Test
	void headerOnlyAndEmptyFilesAreFileErrors() throws IOException {
		assertThat(write("national_M2013_dl.csv", HEADER + "\n").accounting().error())
			.isEqualTo("the file has a header but no data rows");
		assertThat(write("empty_M2013.csv", "").accounting().error()).isEqualTo("the file is empty");
	}

	@Test
	void binaryFileNamedCsvIsAFileError() throws IOException {
		Path xlsx = dir.resolve("national_M2017_dl.csv");
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				var out = Files.newOutputStream(xlsx)) {
			workbook.createSheet("national_dl").createRow(0).createCell(0).setCellValue("OCC_CODE");
			workbook.write(out);
		}
		Path bin = dir.resolve("national_M2013_dl.csv");
		Files.write(bin, new byte[] { 'O', 'C', 'C', 0, 1, 2, (byte) 0xff, 0 });

		assertThat(OewsTestFiles.readAll(format, xlsx).accounting().error())
			.isEqualTo("the file is an Excel .xlsx workbook (zip), not a text table: save the sheet as CSV");
		assertThat(OewsTestFiles.readAll(format, bin).accounting().error())
			.isEqualTo("the file is binary (NUL byte at offset 3), not a text table");
		assertThat(format.accepts("national_M2013_dl.csv", TextFiles.headLines(bin, 20))).isFalse();
	}

	@Test
	void oneMegabyteLineIsRejectedAndTheNextRowStillRead() throws IOException {
		OewsTestFiles result = write("national_M2013_dl.csv",
				HEADER + "\n" + "x".repeat(1 << 20) + "\n" + ROW + "\n");

		assertThat(result.itemAt(2).setAside().reason())
			.isEqualTo("the line is 1048576 characters long; a table row is expected to be under 65536");
		assertThat(result.itemAt(2).setAside().raw()).hasSizeLessThan(400);
		assertThat(result.itemAt(3).accepted()).isTrue();
	}

	@Test
	void repeatedHeaderLinesAreFiltered() throws IOException {
		OewsTestFiles result = write("national_M2013_dl.csv", HEADER + "\n" + HEADER + "\n" + ROW + "\n" + HEADER);

		assertThat(result.accounting().read()).isEqualTo(3);
		assertThat(result.accounting().accepted()).isEqualTo(1);
		assertThat(result.itemAt(2).setAside().reason()).isEqualTo("repeated header line");
		assertThat(result.itemAt(4).setAside().filtered()).isTrue();
	}

	@Test
	void windows1252FileDecodes() throws IOException {
		Path file = dir.resolve("national_M2013_dl.csv");
		String text = HEADER + "\r\n" + ROW.replace("Medical Records", "Médical Records") + "\r\n";
		Files.write(file, text.getBytes(TextFiles.WINDOWS_1252));

		OewsTestFiles result = OewsTestFiles.readAll(format, file);

		assertThat(TextFiles.charsetOf(file)).isEqualTo(TextFiles.WINDOWS_1252);
		Figure median = result.figure("29-2071", Figure.UNITED_STATES, Metric.WAGE, Statistic.MEDIAN,
				Unit.USD_PER_YEAR).orElseThrow();
		assertThat(median.occupationTitle()).isEqualTo("Médical Records and Health Information Technicians");
		assertThat(TextFiles.charsetOf(OewsTestFiles.input("national/national_M2018_dl.csv")))
			.isEqualTo(StandardCharsets.UTF_8);
	}

	@Test
	void badNegativeAndAbsurdWagesAreRejectedNamingTheColumn() throws IOException {
		OewsTestFiles result = write("national_M2013_dl.csv", String.join("\n", HEADER, row("A_MEDIAN", "abc"),
				row("A_MEDIAN", "-5"), row("A_MEAN", "12000000"), row("H_MEAN", "6000"), row("TOT_EMP", "-3")));

		assertThat(result.accounting().rejected()).isEqualTo(5);
		assertThat(result.itemAt(2).setAside().reason()).isEqualTo("A_MEDIAN 'abc' is not a number or a BLS marker");
		assertThat(result.itemAt(3).setAside().reason())
			.isEqualTo("A_MEDIAN '-5' is negative; a wage cannot be below 0");
		assertThat(result.itemAt(4).setAside().reason())
			.isEqualTo("A_MEAN '12000000' is above $10,000,000 a year; not a plausible wage");
		assertThat(result.itemAt(5).setAside().reason())
			.isEqualTo("H_MEAN '6000' is above $5,000 an hour; not a plausible wage");
		assertThat(result.itemAt(6).setAside().reason()).isEqualTo("TOT_EMP '-3' is negative; employment cannot be below 0");
	}

	@Test
	void badCodeAndGroupAreRejected() throws IOException {
		OewsTestFiles result = write("national_M2013_dl.csv", String.join("\n", HEADER,
				row("OCC_CODE", "292071"), row("OCC_GROUP", "sub-detailed")));

		assertThat(result.itemAt(2).setAside().reason()).isEqualTo("OCC_CODE '292071' is not a SOC code like 29-2072");
		assertThat(result.itemAt(3).setAside().reason())
			.isEqualTo("OCC_GROUP 'sub-detailed' is not one of total, major, minor, broad, detailed");
	}

	@Test
	void yearlessFileOfAnAmbiguousLayoutIsAFileError() throws IOException {
		OewsTestFiles result = write("wages.csv", HEADER + "\n" + ROW + "\n");

		assertThat(result.accounting().error()).isEqualTo("survey year unknown: the OEWS national, 20 columns "
				+ "(OCC_GROUP) layout has no year column and the file name has no 'M20xx'");
	}

	@Test
	void every2019RowIsReadWithoutTheFileNameYear() throws IOException {
		Path copy = dir.resolve("national.csv");
		Files.copy(OewsTestFiles.input("national/national_M2019_dl.csv"), copy);

		OewsTestFiles result = OewsTestFiles.readAll(format, copy);

		assertThat(result.accounting().accepted()).isEqualTo(790);
		assertThat(result.value("29-2098", Figure.UNITED_STATES, Metric.WAGE, Statistic.MEDIAN, Unit.USD_PER_YEAR))
			.isEqualByComparingTo("42630");
		assertThat(result.figures().get(0).period().label()).isEqualTo("May 2019");
	}

}
