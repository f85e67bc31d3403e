package com.careerbrief.report.excel;

import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * Fills data rows or cells red (Excel's "light red fill with dark red text") where they show a conflict; a
 * conditional format rather than a cell style, so it follows the rows when an analyst sorts or filters.
 */
final class RedRowHighlight {

	private static final byte[] LIGHT_RED = { (byte) 0xFF, (byte) 0xC7, (byte) 0xCE };
	private static final byte[] DARK_RED = { (byte) 0x9C, 0x00, 0x06 };

	private RedRowHighlight() {
	}

	/** Data rows up to {@code lastRow} (0-based) turn red where column {@code column} contains {@code word}. */
	static void where(SXSSFSheet sheet, int lastRow, int columns, int column, String word) {
		String letter = CellReference.convertNumToColString(column);
		red(sheet, new CellRangeAddress(1, lastRow, 0, columns - 1),
				"ISNUMBER(SEARCH(\"" + word + "\",$" + letter + "2))");
	}

	/** Data cells of column {@code column} up to {@code lastRow} turn red where they hold a number above 0. */
	static void positive(SXSSFSheet sheet, int lastRow, int column) {
		String letter = CellReference.convertNumToColString(column);
		red(sheet, new CellRangeAddress(1, lastRow, column, column), "AND(ISNUMBER(" + letter + "2)," + letter + "2>0)");
	}

	private static void red(SXSSFSheet sheet, CellRangeAddress range, String formula) {
		SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
		ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(formula);
		rule.createPatternFormatting().setFillBackgroundColor(new XSSFColor(LIGHT_RED));
		rule.createFontFormatting().setFontColor(new XSSFColor(DARK_RED));
		formatting.addConditionalFormatting(new CellRangeAddress[] { range }, rule);
	}
}
