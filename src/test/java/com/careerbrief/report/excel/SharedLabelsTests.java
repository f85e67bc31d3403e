package com.careerbrief.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedLabelsTests {

	private static final String OEWS_2024 = "U.S. Bureau of Labor Statistics, OEWS national May 2024";

	@TempDir
	Path dir;

	@Test
	void repeatedLabelsAreStoredOnceWhileQuotesStayInline() throws IOException {
		XSSFWorkbook workbook = WorkbookReader.writeAndRead(dir, WorkbookOptions.defaults(),
				List.of(ReportFixtures.medicalRecordsSpecialists()), List.of());

		XSSFSheet history = workbook.getSheet("Wage history");
		int source = WorkbookReader.column(history, "Source");
		long may2024Rows = 0;
		for (Row row : history) {
			if (row.getRowNum() > 0 && OEWS_2024.equals(row.getCell(source).getStringCellValue())) {
				may2024Rows++;
			}
		}
		assertThat(may2024Rows).isEqualTo(7); // six annual statistics and the hourly median
		List<String> shared = workbook.getSharedStringSource().getSharedStringItems().stream()
			.map(Object::toString).toList();
		assertThat(shared).containsOnlyOnce(OEWS_2024, "29-2072", "Medical Records Specialists", "MEDIAN");
		assertThat(shared).doesNotContain(ReportFixtures.MEDIAN_QUOTE);
		assertThat(sheetXml(dir.resolve("careerbrief.xlsx"), "Claims"))
			.contains("t=\"inlineStr\"><is><t>" + ReportFixtures.MEDIAN_QUOTE + "</t>");
		assertThat(WorkbookReader.cell(workbook.getSheet("Claims"), "Claim id", "000_ba2451e2a2281adf#F7", "Quote")
			.getStringCellValue()).isEqualTo(ReportFixtures.MEDIAN_QUOTE);
	}

	@Test
	void emptyValuesWriteNoCellAtAll() throws IOException {
		XSSFWorkbook workbook = WorkbookReader.writeAndRead(dir, WorkbookOptions.defaults(),
				List.of(ReportFixtures.medicalRecordsSpecialists()), List.of());

		XSSFSheet conflicts = workbook.getSheet("Conflicts");
		Row newYork = WorkbookReader.row(conflicts, "Area", "New York");
		assertThat(newYork.getCell(WorkbookReader.column(conflicts, "Candidate 3"))).isNull();
		assertThat(newYork.getCell(WorkbookReader.column(conflicts, "Chosen value")).getNumericCellValue())
			.isEqualTo(60510);
	}

	@Test
	void pastItsCapacityOrWithControlCharactersALabelIsLeftInline() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			SharedStringsTable table = workbook.getSharedStringSource();
			SharedLabels labels = new SharedLabels(table, 2);

			assertThat(labels.indexOf("MEDIAN")).isZero();
			assertThat(labels.indexOf("MEAN")).isEqualTo(1);
			assertThat(labels.indexOf("P90")).isEqualTo(-1);
			assertThat(labels.indexOf("MEDIAN")).isZero();
			assertThat(new SharedLabels(table, 10).indexOf("bell\u0007")).isEqualTo(-1);
			assertThat(table.getUniqueCount()).isEqualTo(2);
		}
	}

	private static String sheetXml(Path file, String sheetName) throws IOException {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream xml = sheets.next()) {
					if (sheets.getSheetName().equals(sheetName)) {
						return new String(xml.readAllBytes(), StandardCharsets.UTF_8);
					}
				}
			}
		}
		catch (OpenXML4JException ex) {
			throw new IOException(ex);
		}
		throw new AssertionError("no sheet " + sheetName);
	}
}
