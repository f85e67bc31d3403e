package com.careerbrief.reconcile;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.careerbrief.model.Statistic;

/**
 * Which official statistics a worded statistic may stand for: "average" is a mean (a median
 * is then mislabelled), "entry-level" a 10th or 25th percentile, "top 10%" the 90th percentile.
 */
final class StatisticFit {

	/** Each statistic alone, made once: matching asks for these millions of times. */
	private static final Map<Statistic, List<Statistic>> ALONE = new EnumMap<>(Statistic.class);

	private static final List<Statistic> ENTRY_LEVEL = List.of(Statistic.P10, Statistic.P25);

	private static final List<Statistic> EXPERIENCED = List.of(Statistic.P75, Statistic.P90);

	private static final List<Statistic> RANGE = List.of(Statistic.MEDIAN, Statistic.MEAN);

	static {
		for (Statistic s : Statistic.values()) {
			ALONE.put(s, List.of(s));
		}
	}

	private StatisticFit() {
	}

	/** The official statistics the claim's statistic may honestly stand for, the usual one first. */
	static List<Statistic> fitting(Statistic claimed, int percentile) {
		return switch (claimed) {
			case AVERAGE_AS_WORDED, MEAN -> ALONE.get(Statistic.MEAN);
			case ENTRY_LEVEL -> ENTRY_LEVEL;
			case TOP_EARNERS -> ALONE.get(Statistic.P90);
			case EXPERIENCED -> EXPERIENCED;
			case TOP_PERCENT -> ALONE.get(percentileStatistic(100 - percentile, Statistic.P90));
			case BOTTOM_PERCENT -> ALONE.get(percentileStatistic(percentile, Statistic.P10));
			case RANGE -> RANGE;
			default -> ALONE.get(claimed);
		};
	}

	/** The official statistic a claim is measured against when it matches nothing. */
	static Statistic primary(Statistic claimed, int percentile) {
		return fitting(claimed, percentile).get(0);
	}

	static boolean fits(Statistic claimed, int percentile, Statistic official) {
		return fitting(claimed, percentile).contains(official);
	}

	private static Statistic percentileStatistic(int n, Statistic fallback) {
		return switch (n) {
			case 10 -> Statistic.P10;
			case 25 -> Statistic.P25;
			case 50 -> Statistic.MEDIAN;
			case 75 -> Statistic.P75;
			case 90 -> Statistic.P90;
			default -> fallback;
		};
	}
}
