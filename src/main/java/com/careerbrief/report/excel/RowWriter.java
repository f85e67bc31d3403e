package com.careerbrief.report.excel;

import java.math.BigDecimal;
import java.util.function.BiConsumer;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.xssf.streaming.SXSSFRow;

import com.careerbrief.model.Bound;
import com.careerbrief.model.Unit;

/**
 * Fills one row left to right: numbers as numbers with their unit's format, a top-coded bound as text,
 * nulls as blank cells; reports text lengths so the sheet can size its columns.
 */
final class RowWriter {

	/** Excel refuses longer cell text. */
	private static final int MAX_CELL_CHARS = 32_767;

	private final SXSSFRow row;
	private final WorkbookStyles styles;
	private final BiConsumer<Integer, Integer> widthTracker;
	private int column;

	RowWriter(SXSSFRow row, WorkbookStyles styles, BiConsumer<Integer, Integer> widthTracker) {
		this.row = row;
		this.styles = styles;
		this.widthTracker = widthTracker;
	}

	/** Text; long text wraps in its cell; no cell when null. */
	RowWriter text(String value) {
		return text(value, styles.text, styles.wrapped);
	}

	/**
	 * Text that repeats down the column (a code, title, source, statistic): it looks like {@link #text} but is
	 * stored once in the shared-strings table, which keeps the file small.
	 */
	RowWriter label(String value) {
		return text(value, styles.label, styles.wrappedLabel);
	}

	/** A number in the unit's format; percent units are stored as fractions; blank when null. */
	RowWriter number(BigDecimal value, Unit unit) {
		return value == null ? blank() : number(CellValues.stored(value, unit), styles.forUnit(unit),
				CellValues.display(value, unit).length());
	}

	/** A number, or the text "≥ $239,200" when it is only a lower bound, "fewer than 50" when an upper one. */
	RowWriter value(BigDecimal value, Bound bound, Unit unit) {
		if (value == null || bound == null || bound == Bound.EXACT) {
			return number(value, unit);
		}
		return text(bound == Bound.AT_LEAST ? CellValues.atLeast(value, unit) : CellValues.below(value, unit));
	}

	/** A whole count with thousands separators. */
	RowWriter count(long value) {
		return number(value, styles.count, CellValues.groupedLength(value));
	}

	/** A line number of an input file, without separators; blank when 0 (a whole document, or unknown). */
	RowWriter lineNumber(long line) {
		return line > 0 ? number(line, styles.plainInteger, Long.toString(line).length()) : blank();
	}

	/** A year, without separators. */
	RowWriter year(int year) {
		return number(year, styles.plainInteger, 4);
	}

	/** A fraction shown as a percent; blank when null. */
	RowWriter percent(Double fraction) {
		return fraction == null ? blank() : number(fraction, styles.percent, 7);
	}

	/** A decimal such as a weight; blank when null. */
	RowWriter decimal(Double value) {
		return value == null ? blank() : number(value, styles.decimal, 8);
	}

	/** A link to a file relative to the workbook. */
	RowWriter fileLink(String label, String address) {
		Hyperlink link = row.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.FILE);
		link.setAddress(address);
		Cell cell = next(label.length());
		cell.setCellValue(label);
		cell.setHyperlink(link);
		cell.setCellStyle(styles.link);
		return this;
	}

	/** A formula with its result already computed, so readers that do not evaluate still see it. */
	RowWriter formula(String formula, String cachedResult) {
		Cell cell = next(cachedResult.length());
		cell.setCellFormula(formula);
		cell.setCellValue(cachedResult);
		cell.setCellStyle(styles.text);
		return this;
	}

	/** Skips a column: no cell at all, which Excel shows as blank and which costs nothing in the file. */
	RowWriter blank() {
		column++;
		return this;
	}

	/** 0-based index of the row in its sheet. */
	int rowIndex() {
		return row.getRowNum();
	}

	private RowWriter text(String value, CellStyle plain, CellStyle wrapping) {
		if (value == null) {
			return blank();
		}
		Cell cell = next(Math.min(value.length(), 60));
		cell.setCellValue(value.length() > MAX_CELL_CHARS ? value.substring(0, MAX_CELL_CHARS - 1) + "…" : value);
		cell.setCellStyle(value.length() > 60 || value.contains("\n") ? wrapping : plain);
		return this;
	}

	private RowWriter number(double value, CellStyle style, int displayChars) {
		Cell cell = next(displayChars);
		cell.setCellValue(value);
		cell.setCellStyle(style);
		return this;
	}

	private Cell next(int chars) {
		widthTracker.accept(column, chars);
		return row.createCell(column++);
	}
}
