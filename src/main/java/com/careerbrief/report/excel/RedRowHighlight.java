package com.careerbrief.report.excel;

import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * Fills data rows red (Excel's "light red fill with dark red text") when a column contains a word; a
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
		SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
		ConditionalFormattingRule rule = formatting
			.createConditionalFormattingRule("ISNUMBER(SEARCH(\"" + word + "\",$" + letter + "2))");
		rule.createPatternFormatting().setFillBackgroundColor(new XSSFColor(LIGHT_RED));
		rule.createFontFormatting().setFontColor(new XSSFColor(DARK_RED));
		formatting.addConditionalFormatting(new CellRangeAddress[] { new CellRangeAddress(1, lastRow, 0, columns - 1) },
				rule);
	}
}
