package com.careerbrief.report.excel;

import static com.careerbrief.report.excel.WorkbookReader.cell;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsSheetWriterTests {

	@TempDir
	static Path dir;

	static XSSFWorkbook workbook;

	@BeforeAll
	static void write() throws IOException {
		workbook = WorkbookReader.writeAndRead(dir, WorkbookOptions.defaults(),
				List.of(ReportFixtures.medicalRecordsSpecialists(), ReportFixtures.chiefExecutives()), List.of());
	}

	@Test
	void claimRowCarriesItsQuotePositionVerdictAndTheFigureItWasCheckedAgainst() {
		XSSFSheet claims = workbook.getSheet("Claims");
		String id = "000_ba2451e2a2281adf#F4";
		assertThat(cell(claims, "Claim id", id, "Quote").getStringCellValue()).isEqualTo(ReportFixtures.AVERAGE_QUOTE);
		assertThat(cell(claims, "Claim id", id, "Section").getStringCellValue())
			.isEqualTo("How much can you earn as a medical records technician?");
		assertThat(cell(claims, "Claim id", id, "Start").getNumericCellValue()).isEqualTo(7044);
		assertThat(cell(claims, "Claim id", id, "End").getNumericCellValue()).isEqualTo(7192);
		assertThat(cell(claims, "Claim id", id, "Value").getNumericCellValue()).isEqualTo(44324);
		assertThat(cell(claims, "Claim id", id, "Statistic as worded").getStringCellValue())
			.isEqualTo("national average salary");
		assertThat(cell(claims, "Claim id", id, "Verdicts").getStringCellValue()).isEqualTo("CONFLICTS");
		assertThat(cell(claims, "Claim id", id, "Reasons").getStringCellValue()).isEqualTo(ReportFixtures.CONFLICT_REASON);
		assertThat(cell(claims, "Claim id", id, "Checked against").getNumericCellValue()).isEqualTo(55970);
		assertThat(cell(claims, "Claim id", id, "Checked statistic").getStringCellValue()).isEqualTo("MEAN");
		assertThat(cell(claims, "Claim id", id, "Checked period").getStringCellValue()).isEqualTo("May 2024");
		assertThat(WorkbookReader.text(cell(claims, "Claim id", id, "Distance"))).isEqualTo("-20.8%");
		assertThat(cell(claims, "Claim id", "000_ba2451e2a2281adf#F7", "Quote").getStringCellValue())
			.isEqualTo(ReportFixtures.MEDIAN_QUOTE);
		assertThat(cell(claims, "Claim id", "000_ba2451e2a2281adf#F7", "Verdicts").getStringCellValue())
			.isEqualTo("MATCHES");
	}

	@Test
	void rowsWhoseVerdictsIncludeConflictsAreFilledRed() {
		XSSFSheet claims = workbook.getSheet("Claims");
		assertThat(claims.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);
		var formatting = claims.getSheetConditionalFormatting().getConditionalFormattingAt(0);
		assertThat(formatting.getFormattingRanges()[0].formatAsString()).isEqualTo("A2:AA4");
		XSSFConditionalFormattingRule rule = (XSSFConditionalFormattingRule) formatting.getRule(0);
		int verdicts = WorkbookReader.column(claims, "Verdicts");
		assertThat(rule.getFormula1()).isEqualTo("ISNUMBER(SEARCH(\"CONFLICTS\",$"
				+ org.apache.poi.ss.util.CellReference.convertNumToColString(verdicts) + "2))");
		assertThat(rule.getPatternFormatting().getFillBackgroundColorColor().getARGBHex()).endsWith("FFC7CE");
	}

	@Test
	void wageHistoryKeepsTheCodeEachYearWasPublishedUnder() {
		XSSFSheet history = workbook.getSheet("Wage history");
		assertThat(codeForMedian(history, 2013)).isEqualTo("29-2071");
		assertThat(codeForMedian(history, 2019)).isEqualTo("29-2098");
		assertThat(codeForMedian(history, 2024)).isEqualTo("29-2072");
		var row = history.getRow(1);
		assertThat(row.getCell(WorkbookReader.column(history, "File")).getStringCellValue())
			.isEqualTo("national_M2013_dl.csv");
		assertThat(WorkbookReader.text(row.getCell(WorkbookReader.column(history, "Line")))).isEqualTo("1000");
		// a year reads 2013, not 2,013
		assertThat(WorkbookReader.text(row.getCell(WorkbookReader.column(history, "Year")))).isEqualTo("2013");
	}

	@Test
	void stateFiguresFromBlsAndTheStateAgencyStandSideBySide() {
		XSSFSheet states = workbook.getSheet("States");
		assertThat(states.getLastRowNum()).isEqualTo(2);
		int value = WorkbookReader.column(states, "Value");
		int source = WorkbookReader.column(states, "Source");
		int vintage = WorkbookReader.column(states, "Vintage");
		assertThat(List.of(states.getRow(1), states.getRow(2)))
			.extracting(r -> r.getCell(value).getNumericCellValue(), r -> r.getCell(source).getStringCellValue(),
					r -> r.getCell(vintage).getStringCellValue())
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(60510.0, "U.S. Bureau of Labor Statistics, OEWS state May 2023", "May 2023"),
					org.assertj.core.groups.Tuple.tuple(57529.0, "New York State Department of Labor, OEWS New York", "none stated"));
	}

	@Test
	void conflictShowsCandidatesSideBySideAndTheChosenValue() {
		XSSFSheet conflicts = workbook.getSheet("Conflicts");
		assertThat(cell(conflicts, "Area", "New York", "Candidate 1").getStringCellValue())
			.isEqualTo("$60,510 (mean pay, May 2023, BLS OEWS state May 2023)");
		assertThat(cell(conflicts, "Area", "New York", "Candidate 2").getStringCellValue())
			.isEqualTo("$57,529 (\u201cmean\u201d, none stated, OEWS New York)");
		assertThat(cell(conflicts, "Area", "New York", "Chosen value").getNumericCellValue()).isEqualTo(60510);
		assertThat(cell(conflicts, "Area", "New York", "Candidate 3").getCellType()).isEqualTo(CellType.BLANK);
	}

	private static String codeForMedian(XSSFSheet sheet, int year) {
		int yearColumn = WorkbookReader.column(sheet, "Year");
		int statistic = WorkbookReader.column(sheet, "Statistic");
		int unit = WorkbookReader.column(sheet, "Unit");
		int code = WorkbookReader.column(sheet, "Code as published");
		for (var row : sheet) {
			if (row.getRowNum() > 0 && row.getCell(yearColumn).getNumericCellValue() == year
					&& "MEDIAN".equals(row.getCell(statistic).getStringCellValue())
					&& "USD_PER_YEAR".equals(row.getCell(unit).getStringCellValue())) {
				return row.getCell(code).getStringCellValue();
			}
		}
		throw new AssertionError("no median for " + year);
	}
}
