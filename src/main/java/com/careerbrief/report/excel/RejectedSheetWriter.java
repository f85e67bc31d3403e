package com.careerbrief.report.excel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.careerbrief.model.RejectedRow;

/**
 * Writes the Rejected input sheet: every input row set aside or rejected, with its file, line and reason,
 * and counts them per file so the accounting sheet can show whether every one was listed.
 */
final class RejectedSheetWriter {

	static final String NAME = "Rejected input";

	private final TableSheet sheet;
	private final Map<String, Long> listedPerFile = new HashMap<>();

	RejectedSheetWriter(SXSSFWorkbook workbook, WorkbookStyles styles, int rowLimit) {
		this.sheet = new TableSheet(workbook, styles, NAME, List.of("File", "Line", "Status", "Reason", "Raw text"),
				rowLimit);
	}

	void write(RejectedRow rejected) {
		listedPerFile.merge(rejected.file(), 1L, Long::sum);
		RowWriter row = sheet.newRow().label(rejected.file());
		(rejected.line() > 0 ? row.lineNumber(rejected.line()) : row.text("whole file"))
			.label(rejected.filtered() ? "filtered" : "rejected")
			.text(rejected.reason())
			.text(rejected.raw());
	}

	/** Rows listed for a file (filtered and rejected together). */
	long listed(String file) {
		return listedPerFile.getOrDefault(file, 0L);
	}

	long total() {
		return sheet.dataRows();
	}

	void finish() {
		sheet.finish();
	}
}
