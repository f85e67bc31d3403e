package com.careerbrief.report.excel;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.careerbrief.model.Unit;

/** How values look when they must be text: a BLS top-coded bound is shown, never stored as a number. */
final class CellValues {

	private CellValues() {
	}

	/** "≥ $239,200" for a top-coded annual wage, "≥ $115.00" for an hourly one. */
	static String atLeast(BigDecimal value, Unit unit) {
		return "≥ " + display(value, unit);
	}

	/** "fewer than 50" for an Employment Projections count published as 0.0 thousand. */
	static String below(BigDecimal value, Unit unit) {
		return "fewer than " + display(value, unit);
	}

	/** The value as a person reads it in its unit. */
	static String display(BigDecimal value, Unit unit) {
		if (unit == null) {
			return format("#,##0.###", value);
		}
		return switch (unit) {
			case USD_PER_YEAR -> format("$#,##0", value);
			case USD_PER_HOUR -> format("$#,##0.00", value);
			case PERCENT -> format("#,##0.0", value) + "%";
			default -> format("#,##0.###", value);
		};
	}

	/** The number stored in a cell: percent units become fractions so Excel's % format reads right. */
	static double stored(BigDecimal value, Unit unit) {
		return unit == Unit.PERCENT ? value.movePointLeft(2).doubleValue() : value.doubleValue();
	}

	/**
	 * Formats made once per thread and pattern (DecimalFormat is not thread-safe): building one per cell
	 * was an eighth of the workbook step's time in a JFR profile.
	 */
	private static final ThreadLocal<Map<String, DecimalFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

	private static String format(String pattern, BigDecimal value) {
		return FORMATS.get()
			.computeIfAbsent(pattern, p -> new DecimalFormat(p, DecimalFormatSymbols.getInstance(Locale.US)))
			.format(value);
	}

	/** How many characters {@code String.format("%,d", value)} has, without formatting it. */
	static int groupedLength(long value) {
		String digits = Long.toString(value);
		int count = value < 0 ? digits.length() - 1 : digits.length();
		return digits.length() + (count - 1) / 3;
	}
}
