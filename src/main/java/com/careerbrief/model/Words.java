package com.careerbrief.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;


/**
 * How values, statistics, measures, periods and sources are written in words a counselor can repeat: the
 * vocabulary the sentences of the reports ({@code report/verdict}) and the text of a claim made from a table
 * figure share. Sentences are made in {@code report/verdict}, not here.
 */
public final class Words {

	private Words() {
	}

	/** "$50,250", "$26.44 an hour", "+7.1%", "27,800". */
	public static String value(BigDecimal v, Unit unit, Metric metric) {
		return switch (unit) {
			case USD_PER_YEAR -> "$" + number(v.setScale(0, RoundingMode.HALF_UP));
			case USD_PER_HOUR -> "$" + number(v.setScale(2, RoundingMode.HALF_UP)) + " an hour";
			case PERCENT -> (metric == Metric.EMPLOYMENT_CHANGE_PERCENT && v.signum() > 0 ? "+" : "") + number(v) + "%";
			case THOUSANDS_OF_PERSONS -> number(v.multiply(BigDecimal.valueOf(1000)));
			case YEARS -> number(v) + " years";
			case MONTHS -> number(v) + " months";
			case WEEKS -> number(v) + " weeks";
			case HOURS -> number(v) + " hours";
			default -> number(v);
		};
	}

	public static String number(BigDecimal v) {
		BigDecimal s = v.stripTrailingZeros();
		return (s.scale() > 0 ? DECIMALS : WHOLE).get().format(s);
	}

	/*
	 * A DecimalFormat is not thread-safe and costly to make (a profile of a whole run found the making at
	 * about 2% of its CPU, once per worded number): one of each pattern per thread.
	 */
	private static final ThreadLocal<DecimalFormat> DECIMALS = ThreadLocal
		.withInitial(() -> new DecimalFormat("#,##0.0#", DecimalFormatSymbols.getInstance(Locale.US)));

	private static final ThreadLocal<DecimalFormat> WHOLE = ThreadLocal
		.withInitial(() -> new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US)));

	public static String value(OfficialFigure o) {
		String value = value(o.value(), o.unit(), o.figure().metric());
		if (o.figure().unit() == Unit.USD_PER_HOUR && o.unit() == Unit.USD_PER_YEAR) {
			// BLS published this wage per hour only; the annual value exists only to compare claims with.
			return value + " (" + value(o.figure().value(), Unit.USD_PER_HOUR, o.figure().metric())
					+ " × 2,080, not published by BLS)";
		}
		return value;
	}

	/** "median", "10th percentile", "average". */
	public static String statistic(Statistic s, int percentile) {
		return switch (s) {
			case MEAN -> "mean";
			case MEDIAN -> "median";
			case P10 -> "10th percentile";
			case P25 -> "25th percentile";
			case P75 -> "75th percentile";
			case P90 -> "90th percentile";
			case AVERAGE_AS_WORDED -> "average";
			case ENTRY_LEVEL -> "entry-level pay";
			case EXPERIENCED -> "experienced pay";
			case TOP_EARNERS -> "top earners' pay";
			case TOP_PERCENT -> "pay of the top " + percentile + "%";
			case BOTTOM_PERCENT -> "pay of the bottom " + percentile + "%";
			case RANGE -> "range";
			case PERIOD_TOTAL -> "total over the period";
			case VALUE -> "figure";
		};
	}

	/** What a figure measures, e.g. "median pay", "projected employment change". */
	public static String measure(Metric metric, Statistic statistic) {
		return switch (metric) {
			case WAGE -> statistic(statistic, 0) + (statistic.isPercentile() || statistic == Statistic.MEAN ? " pay" : "");
			case EMPLOYMENT -> "employment";
			case EMPLOYMENT_PROJECTED -> "projected employment";
			case EMPLOYMENT_CHANGE_PERCENT -> "projected employment change";
			case EMPLOYMENT_CHANGE_COUNT -> "projected change in jobs";
			case OPENINGS -> statistic == Statistic.PERIOD_TOTAL ? "job openings over the period" : "job openings a year";
			case DURATION -> "duration";
			case HOURS -> "number of hours";
		};
	}

	public static String measure(OfficialFigure o) {
		return measure(o.figure().metric(), o.figure().statistic());
	}

	/** "in May 2024", "in 2015", "for 2016–26". */
	public static String when(Figure f) {
		return when(f.period());
	}

	public static String when(Period p) {
		return (p.kind() == PeriodKind.PROJECTION ? "for " : "in ") + p.label();
	}

	/** "BLS Employment Projections 2014–24, code 29-2071" (the code only when it is not the occupation's own). */
	public static String source(OfficialFigure o) {
		return source(o.figure().source(), o.ownCode() ? null : o.figure().socCode(),
				o.olderCode() ? o.figure().originalCode() : null);
	}

	/** The source's label, with the hybrid code or the older code the figure was published under, if any. */
	public static String source(SourceRef s, String hybridCode, String olderCode) {
		String label = sourceLabel(s);
		if (hybridCode != null) {
			return label + ", hybrid code " + hybridCode;
		}
		return olderCode != null ? label + ", code " + olderCode : label;
	}

	public static String sourceLabel(SourceRef s) {
		String title = s.title() == null ? s.sourceId() : s.title();
		boolean bls = s.publisher() != null && s.publisher().contains("Bureau of Labor Statistics");
		return bls && !title.contains("BLS") ? "BLS " + title : title;
	}

	/** "An article", "New York State Department of Labor". */
	public static String who(SourceRef s) {
		if (s == null || s.kind() == SourceKind.ARTICLE) {
			return "An article";
		}
		return s.publisher() != null ? s.publisher() : sourceLabel(s);
	}

	/** "21% below", "4.9% above" (points for percents). */
	public static String distance(BigDecimal d, Unit unit) {
		BigDecimal abs = d.abs();
		String size = unit == Unit.PERCENT ? number(abs) + " points"
				: number(abs.compareTo(BigDecimal.TEN) >= 0 ? abs.setScale(0, RoundingMode.HALF_UP) : abs) + "%";
		return size + (d.signum() < 0 ? " below" : " above");
	}
}
