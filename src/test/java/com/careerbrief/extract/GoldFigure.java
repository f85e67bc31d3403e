package com.careerbrief.extract;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.careerbrief.model.Claim;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Period;
import com.careerbrief.model.PeriodKind;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

/**
 * One figure a person reading an article would take out of it, from a hand-written gold CSV
 * (metric,statistic,percentile,value_low,value_high,unit,period,place; period "none" when unstated,
 * "2024-2034" for a projection, else as labelled: "May 2024", "as of 2025").
 */
record GoldFigure(Metric metric, Statistic statistic, int percentile, BigDecimal low, BigDecimal high, Unit unit,
		String period, String place) {

	static final String HEADER = "metric,statistic,percentile,value_low,value_high,unit,period,place";

	/** Reads a gold file; throws with the line number when a line does not parse. */
	static List<GoldFigure> read(Path csv) throws IOException {
		List<String> lines = Files.readAllLines(csv).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
		if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
			throw new IllegalStateException(csv + ": first line must be " + HEADER);
		}
		List<GoldFigure> gold = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			String[] f = lines.get(i).split(",", -1);
			if (f.length != 8) {
				throw new IllegalStateException(csv + " row " + i + ": expected 8 fields, got " + f.length);
			}
			gold.add(new GoldFigure(Metric.valueOf(f[0]), Statistic.valueOf(f[1]), Integer.parseInt(f[2]),
					new BigDecimal(f[3]), f[4].isEmpty() ? null : new BigDecimal(f[4]), Unit.valueOf(f[5]), f[6], f[7]));
		}
		return gold;
	}

	/** The same key for an extracted figure claim. */
	static GoldFigure of(Claim c) {
		return new GoldFigure(c.metric(), c.statistic(), c.percentile(), c.valueLow(), c.valueHigh(), c.unit(),
				period(c.period()), c.place());
	}

	private static String period(Period p) {
		if (p == null || p.isUnstated()) {
			return "none";
		}
		return p.kind() == PeriodKind.PROJECTION ? p.startYear() + "-" + p.endYear() : p.label();
	}

	/** Same statistic, values, unit, period and place. */
	boolean matches(GoldFigure o) {
		return sameValue(o) && statistic == o.statistic && percentile == o.percentile && period.equals(o.period)
				&& place.equals(o.place);
	}

	/** Same metric, values and unit: the figure was found, whatever its labels. */
	boolean sameValue(GoldFigure o) {
		return metric == o.metric && unit == o.unit && low.compareTo(o.low) == 0
				&& (high == null ? o.high == null : o.high != null && high.compareTo(o.high) == 0);
	}

	@Override
	public String toString() {
		return metric + " " + statistic + (percentile > 0 ? percentile : "") + " " + low.stripTrailingZeros().toPlainString()
				+ (high == null ? "" : "–" + high.stripTrailingZeros().toPlainString()) + " " + unit + " [" + period + "] "
				+ place;
	}
}
