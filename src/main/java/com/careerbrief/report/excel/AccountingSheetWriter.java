package com.careerbrief.report.excel;

import java.util.List;
import java.util.function.ToLongFunction;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.careerbrief.model.FileAccounting;

/**
 * Writes the Input accounting sheet: per table file, rows read = accepted + filtered + rejected, checked
 * by a live formula, and how many of the set-aside rows the Rejected input sheet lists.
 */
final class AccountingSheetWriter {

	static final String NAME = "Input accounting";

	private static final List<String> HEADERS = List.of("File", "Layout", "Read", "Accepted", "Filtered", "Rejected",
			"Check", "Rows listed", "Error");

	private static final String UNBALANCED = "DOES NOT BALANCE";

	private final TableSheet sheet;

	AccountingSheetWriter(SXSSFWorkbook workbook, WorkbookStyles styles, int rowLimit) {
		this.sheet = new TableSheet(workbook, styles, NAME, HEADERS, rowLimit);
	}

	/** @param listed rows the Rejected input sheet lists for a file */
	void write(List<FileAccounting> accounting, ToLongFunction<String> listed) {
		for (FileAccounting file : accounting) {
			RowWriter row = sheet.newRow();
			int r = row.rowIndex() + 1; // Excel rows are 1-based
			row.text(file.file())
				.text(file.layout())
				.count(file.read())
				.count(file.accepted())
				.count(file.filtered())
				.count(file.rejected())
				.formula("IF(C" + r + "=D" + r + "+E" + r + "+F" + r + ",\"balances\",\"" + UNBALANCED + "\")",
						file.balances() ? "balances" : UNBALANCED)
				.count(listed.applyAsLong(file.file()))
				.text(file.error());
		}
		sheet.finish((part, lastRow) -> RedRowHighlight.where(part, lastRow, HEADERS.size(), HEADERS.indexOf("Check"),
				UNBALANCED));
	}
}
