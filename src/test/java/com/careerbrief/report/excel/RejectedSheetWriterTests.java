package com.careerbrief.report.excel;

import static com.careerbrief.report.excel.WorkbookReader.cell;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.careerbrief.model.RejectedRow;

class RejectedSheetWriterTests {

	@TempDir
	static Path dir;

	static XSSFWorkbook workbook;

	@BeforeAll
	static void write() throws IOException {
		// real lines of state_M2023_dl.reduced_semicolon.csv (line 6: hourly mean "*"; line 60: both "*")
		workbook = WorkbookReader.writeAndRead(dir, WorkbookOptions.defaults(), List.of(),
				List.of(new RejectedRow("state_M2023_dl.reduced_semicolon.csv", 6, "Alabama;11-1031;Legislators;*;33,690",
						"hourly mean not available (BLS marker *); annual mean kept", true),
						new RejectedRow("state_M2023_dl.reduced_semicolon.csv", 60,
								"Alabama;13-2052;Personal Financial Advisors;*;*",
								"no wage published (BLS marker * in both columns)", true),
						new RejectedRow("broken.csv", 0, "", "file is empty", false)));
	}

	@Test
	void rejectedRowShowsFileLineRawTextAndReason() {
		XSSFSheet sheet = workbook.getSheet("Rejected input");
		assertThat(sheet.getLastRowNum()).isEqualTo(3);
		var row = sheet.getRow(2);
		assertThat(row.getCell(0).getStringCellValue()).isEqualTo("state_M2023_dl.reduced_semicolon.csv");
		assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(60);
		assertThat(row.getCell(2).getStringCellValue()).isEqualTo("filtered");
		assertThat(row.getCell(3).getStringCellValue()).isEqualTo("no wage published (BLS marker * in both columns)");
		assertThat(row.getCell(4).getStringCellValue()).isEqualTo("Alabama;13-2052;Personal Financial Advisors;*;*");
		assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("whole file");
		assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("rejected");
	}

	@Test
	void accountingRowsBalanceAndTheCheckFormulaCatchesOneThatDoesNot() {
		XSSFSheet sheet = workbook.getSheet("Input accounting");
		Cell good = cell(sheet, "File", "state_M2023_dl.reduced_semicolon.csv", "Check");
		Cell bad = cell(sheet, "File", "broken.csv", "Check");
		assertThat(good.getCellType()).isEqualTo(CellType.FORMULA);
		assertThat(good.getStringCellValue()).isEqualTo("balances");
		assertThat(bad.getStringCellValue()).isEqualTo("DOES NOT BALANCE");
		// the live formula agrees with the cached result when Excel recalculates
		var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
		assertThat(evaluator.evaluate(good).getStringValue()).isEqualTo("balances");
		assertThat(evaluator.evaluate(bad).getStringValue()).isEqualTo("DOES NOT BALANCE");
		assertThat(cell(sheet, "File", "state_M2023_dl.reduced_semicolon.csv", "Read").getNumericCellValue())
			.isEqualTo(37676);
		assertThat(cell(sheet, "File", "state_M2023_dl.reduced_semicolon.csv", "Rows listed").getNumericCellValue())
			.isEqualTo(2);
		var rule = sheet.getSheetConditionalFormatting().getConditionalFormattingAt(0).getRule(0);
		assertThat(rule.getFormula1()).isEqualTo("ISNUMBER(SEARCH(\"DOES NOT BALANCE\",$G2))");
	}
}
