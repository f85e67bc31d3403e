package com.careerbrief.reconcile;

import java.util.List;

import com.careerbrief.model.Statistic;

/**
 * Which official statistics a worded statistic may stand for: "average" is a mean (a median
 * is then mislabelled), "entry-level" a 10th or 25th percentile, "top 10%" the 90th percentile.
 */
final class StatisticFit {

	private StatisticFit() {
	}

	/** The official statistics the claim's statistic may honestly stand for, the usual one first. */
	static List<Statistic> fitting(Statistic claimed, int percentile) {
		return switch (claimed) {
			case AVERAGE_AS_WORDED, MEAN -> List.of(Statistic.MEAN);
			case ENTRY_LEVEL -> List.of(Statistic.P10, Statistic.P25);
			case TOP_EARNERS -> List.of(Statistic.P90);
			case EXPERIENCED -> List.of(Statistic.P75, Statistic.P90);
			case TOP_PERCENT -> List.of(percentileStatistic(100 - percentile, Statistic.P90));
			case BOTTOM_PERCENT -> List.of(percentileStatistic(percentile, Statistic.P10));
			case RANGE -> List.of(Statistic.MEDIAN, Statistic.MEAN);
			default -> List.of(claimed);
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
