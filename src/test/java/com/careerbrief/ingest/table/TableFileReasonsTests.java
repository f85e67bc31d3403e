package com.careerbrief.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.careerbrief.ingest.table.oews.OewsNationalTableFormat;
import com.careerbrief.ingest.table.oews.OewsStateTableFormat;
import com.careerbrief.model.FileAccounting;
import com.careerbrief.occupation.SocCrosswalk;

/**
 * Whole-file problems named for what they are: the delimiter is sniffed, a missing OEWS column is
 * named, UTF-16, gzip and workbooks saved as .csv say so, and CR-only line endings read like any other.
 */
class TableFileReasonsTests {

	/** The May 2013 header (20 columns) and line 572 of national_M2013_dl.csv without separators. */
	private static final String HEADER = "OCC_CODE,OCC_TITLE,OCC_GROUP,TOT_EMP,EMP_PRSE,H_MEAN,A_MEAN,MEAN_PRSE,"
			+ "H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90,ANNUAL,HOURLY";

	private static final String ROW = "29-2071,Medical Records and Health Information Technicians,detailed,180760,0.9,"
			+ "18.13,37710,0.3,10.91,13.23,16.81,21.76,27.56,22700,27520,34970,45260,57320,,";

	@TempDir
	Path dir;

	private final TableFormats formats = new TableFormats(List.of(new OewsNationalTableFormat(SocCrosswalk.identity()),
			new OewsStateTableFormat(SocCrosswalk.identity())), LocalDate.of(2026, 12, 1));

	private record Read(List<TableItem> items, FileAccounting accounting) {
	}

	private Read read(String name, byte[] content) throws IOException {
		Path file = dir.resolve(name);
		Files.write(file, content);
		List<TableItem> items = new ArrayList<>();
		try (TableSource source = formats.open(file)) {
			source.forEachRemaining(items::add);
			return new Read(items, source.accounting());
		}
	}

	private Read read(String name, String content) throws IOException {
		return read(name, content.getBytes(StandardCharsets.UTF_8));
	}

	/** The header without {@code columns}, and the row without their cells. */
	private static String without(String... columns) {
		List<String> header = new ArrayList<>(List.of(HEADER.split(",")));
		List<String> row = new ArrayList<>(List.of(ROW.split(",", -1)));
		for (String column : columns) {
			int at = header.indexOf(column);
			header.remove(at);
			row.remove(at);
		}
		return String.join(",", header) + "\n" + String.join(",", row) + "\n";
	}

	@Test
	void semicolonAndTabDelimitedOewsFilesAreRead() throws IOException {
		Read semicolons = read("national_M2013_dl.csv", (HEADER + "\n" + ROW + "\n").replace(',', ';'));
		Read tabs = read("national_M2013_dl.txt", (HEADER + "\n" + ROW + "\n29-2072\tx\n").replace(',', '\t'));

		assertThat(semicolons.accounting().accepted()).isEqualTo(1);
		assertThat(tabs.accounting().accepted()).isEqualTo(1);
		assertThat(tabs.items().get(1).setAside().reason()).isEqualTo("expected 20 tab-separated fields but found 2");
	}

	@Test
	void oewsFileMissingARequiredColumnNamesIt() throws IOException {
		Read one = read("national_M2013_dl.csv", without("A_MEDIAN"));
		Read two = read("national_M2013_dl.csv", without("A_MEDIAN", "H_PCT90"));

		assertThat(one.accounting().error()).isEqualTo("missing column A_MEDIAN");
		assertThat(one.accounting().layout()).isEqualTo("OEWS national, 19 columns (OCC_GROUP)");
		assertThat(two.accounting().error()).isEqualTo("missing columns H_PCT90, A_MEDIAN");
	}

	@Test
	void utf16FilesAreNamedAsSuch() throws IOException {
		String text = HEADER + "\r\n" + ROW + "\r\n";
		byte[] withBom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);

		assertThat(read("national_M2013_dl.csv", withBom).accounting().error())
			.isEqualTo("the file is UTF-16 text, not UTF-8: save it as CSV UTF-8");
		assertThat(read("national_M2013_dl.csv", text.getBytes(StandardCharsets.UTF_16BE)).accounting().error())
			.isEqualTo("the file is UTF-16 text, not UTF-8: save it as CSV UTF-8");
	}

	@Test
	void compressedFilesAndWorkbooksAreNamedAsSuch() throws IOException {
		ByteArrayOutputStream gzip = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
			out.write((HEADER + "\n" + ROW + "\n").getBytes(StandardCharsets.UTF_8));
		}
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("national_dl").createRow(0).createCell(0).setCellValue("OCC_CODE");
			workbook.write(xlsx);
		}
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("national_M2013_dl.csv"));
			out.write(HEADER.getBytes(StandardCharsets.UTF_8));
		}

		assertThat(read("national_M2013_dl.csv", gzip.toByteArray()).accounting().error())
			.isEqualTo("the file is gzip-compressed, not a text table: unpack it first");
		assertThat(read("national_M2013_dl.csv", xlsx.toByteArray()).accounting().error())
			.isEqualTo("the file is an Excel .xlsx workbook (zip), not a text table: save the sheet as CSV");
		assertThat(read("national_M2013_dl.csv", zip.toByteArray()).accounting().error())
			.isEqualTo("the file is a ZIP archive, not a text table");
	}

	@Test
	void crOnlyLineEndingsReadLikeAnyOther() throws IOException {
		// Over 64 KB, so the layout is told from a head cut mid-file, as with the real state file.
		StringBuilder state = new StringBuilder("AREA_TITLE;OCC_CODE;OCC_TITLE;H_MEAN;A_MEAN\r");
		for (int i = 0; i < 2000; i++) {
			state.append("New York;29-").append(2000 + i).append(";Medical Records Specialists;29.09;\"60,510\"\r");
		}

		Read stateFile = read("state_M2023_dl.csv", state.toString());
		Read national = read("national_M2013_dl.csv", HEADER + "\r" + ROW + "\r");

		assertThat(stateFile.accounting()).extracting(FileAccounting::read, FileAccounting::accepted)
			.containsExactly(2000L, 2000L);
		assertThat(national.accounting()).extracting(FileAccounting::read, FileAccounting::accepted)
			.containsExactly(1L, 1L);
	}

}
