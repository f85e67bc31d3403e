package com.careerbrief.ingest.table;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import com.careerbrief.model.Bound;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

/**
 * Checks that a row's wage figures can be true together: the percentiles ascend (10th ≤ 25th ≤ median
 * ≤ 75th ≤ 90th, hourly and annual apart) and an annual wage is its hourly wage × 2,080 where both are
 * published. BLS computes its annual wages that way; on the shipped files (every OEWS year, the state
 * file, both agency files) the two agree within 0.09% (cents and tens rounding), so 1% leaves room for
 * rounding and still catches a figure typed in the wrong column or with a digit lost. Occupations paid
 * only by the year (teachers, pilots) publish no hourly wage ({@code *} or ANNUAL=TRUE), so they are
 * not compared.
 */
final class RowConsistency {

	private static final List<Statistic> ASCENDING = List.of(Statistic.P10, Statistic.P25, Statistic.MEDIAN,
			Statistic.P75, Statistic.P90);

	private static final BigDecimal HOURS_A_YEAR = BigDecimal.valueOf(2080);

	/** Largest gap allowed between an annual wage and hourly × 2,080, as a share of the latter. */
	static final BigDecimal TOLERANCE = new BigDecimal("0.01");

	private RowConsistency() {
	}

	/**
	 * @param figures the row's figures
	 * @param columns the column each figure came from, index for index
	 * @return why the figures cannot all be true, or null
	 */
	static String problem(List<Figure> figures, List<String> columns) {
		for (Unit unit : List.of(Unit.USD_PER_HOUR, Unit.USD_PER_YEAR)) {
			String problem = ascending(figures, columns, unit);
			if (problem != null) {
				return problem;
			}
		}
		return annualIsHourlyTimes2080(figures, columns);
	}

	private static String ascending(List<Figure> figures, List<String> columns, Unit unit) {
		for (int a = 0; a < ASCENDING.size(); a++) {
			int lower = find(figures, ASCENDING.get(a), unit, null);
			for (int b = a + 1; lower >= 0 && b < ASCENDING.size(); b++) {
				int upper = find(figures, ASCENDING.get(b), unit, figures.get(lower));
				// A top-coded upper percentile is only a lower bound, so it cannot be too small.
				if (upper >= 0 && figures.get(upper).bound() == Bound.EXACT
						&& figures.get(lower).value().compareTo(figures.get(upper).value()) > 0) {
					return shown(figures, columns, lower) + " is above " + shown(figures, columns, upper);
				}
			}
		}
		return null;
	}

	private static String annualIsHourlyTimes2080(List<Figure> figures, List<String> columns) {
		for (int h = 0; h < figures.size(); h++) {
			Figure hourly = figures.get(h);
			if (hourly.metric() != Metric.WAGE || hourly.unit() != Unit.USD_PER_HOUR || hourly.bound() != Bound.EXACT
					|| hourly.value().signum() == 0) {
				continue;
			}
			int y = find(figures, hourly.statistic(), Unit.USD_PER_YEAR, hourly);
			if (y < 0 || figures.get(y).bound() != Bound.EXACT) {
				continue;
			}
			BigDecimal expected = hourly.value().multiply(HOURS_A_YEAR);
			BigDecimal gap = figures.get(y).value().subtract(expected);
			BigDecimal share = gap.abs().divide(expected, MathContext.DECIMAL64);
			if (share.compareTo(TOLERANCE) > 0) {
				return shown(figures, columns, y) + " is " + format(share.movePointRight(2), "#,##0.#") + "% "
						+ (gap.signum() < 0 ? "below " : "above ") + shown(figures, columns, h) + " × 2,080 = "
						+ format(expected, "#,##0.##");
			}
		}
		return null;
	}

	/** The index of the wage figure of {@code statistic} and {@code unit} (in {@code like}'s period), or -1. */
	private static int find(List<Figure> figures, Statistic statistic, Unit unit, Figure like) {
		for (int i = 0; i < figures.size(); i++) {
			Figure f = figures.get(i);
			if (f.metric() == Metric.WAGE && f.statistic() == statistic && f.unit() == unit
					&& (like == null || f.period().equals(like.period()))) {
				return i;
			}
		}
		return -1;
	}

	/** "A_PCT10 95,000", or "A_PCT90 # (239,200 or more)" for a top-coded cell. */
	private static String shown(List<Figure> figures, List<String> columns, int index) {
		Figure f = figures.get(index);
		String value = format(f.value(), "#,##0.##");
		return columns.get(index) + " " + (f.bound() == Bound.AT_LEAST ? "# (" + value + " or more)" : value);
	}

	private static String format(BigDecimal number, String pattern) {
		return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US)).format(number);
	}

}
