package com.careerbrief.report.excel;

import java.util.List;

/**
 * Settings of the analyst workbook writer: which occupations get charts, where the briefs sit, and
 * the streaming limits.
 *
 * @param chartSocCodes SOC codes whose wage percentiles are charted; the first also gets a median
 *        history chart
 * @param briefFolder folder of the PDF briefs, relative to the workbook ("briefs")
 * @param maxRowsPerSheet rows per sheet, header included, before a sheet continues on a numbered sheet
 * @param rowAccessWindow rows SXSSF keeps in memory per sheet before flushing them to disk
 */
public record WorkbookOptions(List<String> chartSocCodes, String briefFolder, int maxRowsPerSheet,
		int rowAccessWindow) {

	/** Excel's own limit on rows per sheet. */
	public static final int EXCEL_MAX_ROWS = 1_048_576;

	public WorkbookOptions {
		chartSocCodes = List.copyOf(chartSocCodes);
		if (maxRowsPerSheet < 3 || maxRowsPerSheet > EXCEL_MAX_ROWS) {
			throw new IllegalArgumentException("maxRowsPerSheet must be 3.." + EXCEL_MAX_ROWS + ": " + maxRowsPerSheet);
		}
		if (rowAccessWindow < 1) {
			throw new IllegalArgumentException("rowAccessWindow must be positive: " + rowAccessWindow);
		}
	}

	/** Charts for 29-2072, briefs in "briefs/", Excel's row limit, a 100-row window. */
	public static WorkbookOptions defaults() {
		return new WorkbookOptions(List.of("29-2072"), "briefs", EXCEL_MAX_ROWS, 100);
	}

	/** The same options with another row limit (tests use a small one to see sheets continue). */
	public WorkbookOptions withMaxRowsPerSheet(int rows) {
		return new WorkbookOptions(chartSocCodes, briefFolder, rows, rowAccessWindow);
	}

	/** The same options with another SXSSF window. */
	public WorkbookOptions withRowAccessWindow(int rows) {
		return new WorkbookOptions(chartSocCodes, briefFolder, maxRowsPerSheet, rows);
	}
}
