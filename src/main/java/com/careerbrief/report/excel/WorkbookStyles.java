package com.careerbrief.report.excel;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

import com.careerbrief.model.Unit;

/**
 * The workbook's cell styles, created once: Excel caps a file at 64,000 styles, so a style per cell
 * would break a workbook of 830 occupations.
 */
final class WorkbookStyles {

	final CellStyle header;
	final CellStyle text;
	final CellStyle wrapped;
	/** Looks like {@link #text}; its cells are shared strings (see {@link SharedLabels}). */
	final CellStyle label;
	/** Looks like {@link #wrapped}; its cells are shared strings. */
	final CellStyle wrappedLabel;
	final CellStyle usdPerYear;
	final CellStyle usdPerHour;
	final CellStyle percent;
	final CellStyle count;
	/** A whole number without separators: years and line numbers ("2013", not "2,013"). */
	final CellStyle plainInteger;
	final CellStyle decimal;
	final CellStyle link;

	WorkbookStyles(Workbook workbook) {
		DataFormat format = workbook.createDataFormat();
		Font bold = workbook.createFont();
		bold.setBold(true);
		header = workbook.createCellStyle();
		header.setFont(bold);
		text = top(workbook);
		wrapped = top(workbook);
		wrapped.setWrapText(true);
		label = top(workbook);
		wrappedLabel = top(workbook);
		wrappedLabel.setWrapText(true);
		usdPerYear = numeric(workbook, format, "$#,##0");
		usdPerHour = numeric(workbook, format, "$#,##0.00");
		percent = numeric(workbook, format, "0.0%");
		count = numeric(workbook, format, "#,##0");
		plainInteger = numeric(workbook, format, "0");
		decimal = numeric(workbook, format, "#,##0.0##");
		Font blue = workbook.createFont();
		blue.setUnderline(Font.U_SINGLE);
		blue.setColor(IndexedColors.BLUE.getIndex());
		link = top(workbook);
		link.setFont(blue);
	}

	/** The number format that fits a unit: currency for money, percent, whole counts, else decimals. */
	CellStyle forUnit(Unit unit) {
		if (unit == null) {
			return decimal;
		}
		return switch (unit) {
			case USD_PER_YEAR -> usdPerYear;
			case USD_PER_HOUR -> usdPerHour;
			case PERCENT -> percent;
			case PERSONS -> count;
			case THOUSANDS_OF_PERSONS, YEARS, MONTHS, WEEKS, HOURS -> decimal;
		};
	}

	private static CellStyle top(Workbook workbook) {
		CellStyle style = workbook.createCellStyle();
		style.setVerticalAlignment(VerticalAlignment.TOP);
		return style;
	}

	private static CellStyle numeric(Workbook workbook, DataFormat format, String pattern) {
		CellStyle style = top(workbook);
		style.setDataFormat(format.getFormat(pattern));
		return style;
	}
}
