package com.careerbrief.reconcile;

import java.util.List;

import com.careerbrief.model.Statistic;

/**
 * Decides, without official figures, what an "average" claim stands for: the mean, as the word usually
 * means, unless another source states the same number, to the published digits, as the median and no
 * source states it as a mean; then it is a median called an average, the commonest mislabelling.
 */
final class AverageResolver {

	private final FigureMatcher matcher;

	AverageResolver(ReconcileProperties props) {
		this.matcher = new FigureMatcher(props);
	}

	/** The statistic a claim is pooled under: its own, or MEAN/MEDIAN for an "average". */
	Statistic resolve(NormalisedClaim c, List<JudgedClaim> all) {
		if (c.statistic() != Statistic.AVERAGE_AS_WORDED) {
			return c.statistic();
		}
		boolean statedAsMedian = stated(c, all, Statistic.MEDIAN);
		boolean statedAsMean = stated(c, all, Statistic.MEAN);
		return statedAsMedian && !statedAsMean ? Statistic.MEDIAN : Statistic.MEAN;
	}

	private boolean stated(NormalisedClaim c, List<JudgedClaim> all, Statistic statistic) {
		return all.stream().map(JudgedClaim::claim).anyMatch(o -> o.statistic() == statistic && !o.isRange()
				&& o.claim().metric() == c.claim().metric() && o.place().equals(c.place()) && o.unit() == c.unit()
				&& matcher.copied(c.low(), o.low()));
	}
}
