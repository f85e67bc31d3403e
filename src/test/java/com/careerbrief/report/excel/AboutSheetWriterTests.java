package com.careerbrief.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.careerbrief.model.VerdictKind;

class AboutSheetWriterTests {

	@TempDir
	Path dir;

	@Test
	void aboutNamesTheRunItsInputsEveryVerdictAndTheCredits() throws IOException {
		Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		XSSFWorkbook workbook = WorkbookReader.writeAndRead(dir, WorkbookOptions.defaults(),
				List.of(ReportFixtures.medicalRecordsSpecialists()), List.of());
		XSSFSheet about = workbook.getSheet("About");
		List<String> lines = new ArrayList<>();
		about.forEach(row -> lines.add(row.getCell(0).getStringCellValue() + " | " + row.getCell(1).getStringCellValue()
				+ " | " + row.getCell(2).getStringCellValue()));

		assertThat(lines).contains("Run | Run id | 42", "Run | Started (UTC) | 2025-06-01T08:00:00Z",
				"Contents | Occupations | 1", "Contents | Claims | 3",
				"Input | oews/national/national_M2024_dl.csv | SHA-256 "
						+ "0b7eb656e3489498bab20616e526075eb5c3f4c008528c87cc50bb70b4e59771, 277,770 bytes",
				"Credits | O*NET | This workbook includes information from O*NET 29.2 Database by the U.S. Department "
						+ "of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 "
						+ "license. O*NET® is a trademark of USDOL/ETA.");
		for (VerdictKind kind : VerdictKind.values()) {
			assertThat(lines).anyMatch(l -> l.startsWith("Verdict | " + kind.name() + " | "));
		}
		assertThat(lines).anyMatch(l -> l.startsWith("Credits | Modifications | careerbrief has modified"));
		assertThat(lines).anyMatch(l -> l.startsWith("Credits | U.S. Bureau of Labor Statistics | ")
				&& l.contains("public domain"));
		assertThat(lines).anyMatch(l -> l.startsWith("Statistic | MEDIAN | "));
		// NYSDOL's $96,006 against BLS's $96,200 is MATCHES: the definition says how close counts as equal.
		assertThat(lines).anyMatch(l -> l.startsWith("Verdict | MATCHES | ") && l.contains("to within "
				+ "careerbrief.reconcile.exact-tolerance-percent (0.25% by default; 0.05 points for a percentage)"));
		String written = lines.stream().filter(l -> l.startsWith("Run | Workbook written (UTC) | ")).findFirst()
			.orElseThrow().substring("Run | Workbook written (UTC) | ".length());
		assertThat(Instant.parse(written)).isBetween(before, Instant.now());
	}

	@Test
	void everySheetAndTheColumnsAnAnalystAskedAboutAreDefinedAndEachDefinedColumnExists() throws IOException {
		XSSFWorkbook workbook = WorkbookReader.writeAndRead(dir, WorkbookOptions.defaults(),
				List.of(ReportFixtures.medicalRecordsSpecialists()), List.of());
		List<String[]> about = new ArrayList<>();
		workbook.getSheet("About").forEach(row -> about.add(new String[] { row.getCell(0).getStringCellValue(),
				row.getCell(1).getStringCellValue(), row.getCell(2).getStringCellValue() }));

		List<String> sheetsDefined = about.stream().filter(l -> l[0].equals("Sheet")).map(l -> l[1]).toList();
		workbook.forEach(sheet -> {
			if (!sheet.getSheetName().equals("About")) {
				assertThat(sheetsDefined).as("a Sheet line for " + sheet.getSheetName()).contains(sheet.getSheetName());
			}
		});
		List<String> columns = about.stream().filter(l -> l[0].equals("Column")).map(l -> l[1]).toList();
		assertThat(columns).contains("Claims: Distance", "Sources: Weight", "Sources: Match rate", "Occupations: Job zone");
		for (String column : columns) {
			String[] sheetAndHeader = column.split(": ", 2);
			List<String> headers = new ArrayList<>();
			workbook.getSheet(sheetAndHeader[0]).getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
			assertThat(headers).as("the headers of " + sheetAndHeader[0]).contains(sheetAndHeader[1]);
		}
		assertThat(about).anySatisfy(l -> assertThat(l[2]).startsWith("How far the claim is from the figure it was "
				+ "checked against: (claim − figure) / figure, in percent"));
	}
}
