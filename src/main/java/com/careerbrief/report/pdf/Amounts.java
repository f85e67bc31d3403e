package com.careerbrief.report.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import com.careerbrief.model.Bound;
import com.careerbrief.model.Unit;

/** Formats money, counts and percents the way the brief prints them; a BLS top-coded bound prints as "≥ $239,200". */
final class Amounts {

	private Amounts() {
	}

	static String money(BigDecimal value, Unit unit, Bound bound) {
		String text = unit == Unit.USD_PER_HOUR ? "$" + pattern("#,##0.00").format(value)
				: "$" + pattern("#,##0").format(value.setScale(0, RoundingMode.HALF_UP));
		return bound == Bound.AT_LEAST ? "≥ " + text : text;
	}

	/** A count of persons that may be a bound: "fewer than 50" where EP published 0.0 thousand. */
	static String persons(BigDecimal value, Unit unit, Bound bound) {
		return bound == Bound.BELOW ? "fewer than " + persons(value, unit) : persons(value, unit);
	}

	/** A count of persons; thousands (as Employment Projections publishes them) become persons. */
	static String persons(BigDecimal value, Unit unit) {
		BigDecimal persons = unit == Unit.THOUSANDS_OF_PERSONS ? value.multiply(BigDecimal.valueOf(1000)) : value;
		return pattern("#,##0").format(persons.setScale(0, RoundingMode.HALF_UP));
	}

	static String percent(BigDecimal value) {
		String sign = value.signum() > 0 ? "+" : "";
		return sign + pattern("0.0").format(value) + "%";
	}

	/** A number as stated in prose: no trailing ".0". */
	static String plain(BigDecimal value) {
		return pattern("#,##0.##").format(value);
	}

	/** Made once per thread and pattern: DecimalFormat is not thread-safe, and costly to build per number. */
	private static final ThreadLocal<java.util.Map<String, DecimalFormat>> FORMATS = ThreadLocal
		.withInitial(java.util.HashMap::new);

	private static DecimalFormat pattern(String pattern) {
		return FORMATS.get().computeIfAbsent(pattern, p -> new DecimalFormat(p, DecimalFormatSymbols.getInstance(Locale.US)));
	}
}
