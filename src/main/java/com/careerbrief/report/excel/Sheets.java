package com.careerbrief.report.excel;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The workbook's sheet writers, created in the order the sheets appear (About first); each writer
 * streams its own sheet, so rows for different sheets can be interleaved.
 */
record Sheets(AboutSheetWriter about, OccupationsSheetWriter occupations, WageHistorySheetWriter wageHistory,
		StatesSheetWriter states, ClaimsSheetWriter claims, ConflictsSheetWriter conflicts,
		SourcesSheetWriter sources, SourceFamiliesSheetWriter families, RejectedSheetWriter rejected, AccountingSheetWriter accounting,
		ChartsSheetWriter charts) {

	Sheets(SXSSFWorkbook workbook, WorkbookStyles styles, WorkbookOptions options) {
		this(new AboutSheetWriter(workbook, styles, options.maxRowsPerSheet()),
				new OccupationsSheetWriter(workbook, styles, options),
				new WageHistorySheetWriter(workbook, styles, options.maxRowsPerSheet()),
				new StatesSheetWriter(workbook, styles, options.maxRowsPerSheet()),
				new ClaimsSheetWriter(workbook, styles, options.maxRowsPerSheet()),
				new ConflictsSheetWriter(workbook, styles, options.maxRowsPerSheet()),
				new SourcesSheetWriter(workbook, styles, options.maxRowsPerSheet()),
				new SourceFamiliesSheetWriter(workbook, styles, options.maxRowsPerSheet()),
				new RejectedSheetWriter(workbook, styles, options.maxRowsPerSheet()),
				new AccountingSheetWriter(workbook, styles, options.maxRowsPerSheet()),
				new ChartsSheetWriter(workbook, styles, options.chartSocCodes()));
	}

	/** Closes the tables of the sheets filled while streaming. */
	void finishStreamed() {
		occupations.finish();
		wageHistory.finish();
		states.finish();
		claims.finish();
		conflicts.finish();
		rejected.finish();
	}
}
