package com.careerbrief.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One source that probably copies another, as found by copy detection after Dong, Berti-Equille and
 * Srivastava, "Integrating conflicting data: the role of source dependence" (VLDB 2009): sources that give
 * the same values, above all the same false or stale ones, are probably not independent, so their votes
 * count once.
 *
 * @param familyId the source family both belong to: the id of its original (a source that copies no one in it)
 * @param sourceId the probable copier
 * @param copiesFrom the source it probably copies
 * @param probability the posterior probability that the two are dependent, 0..1 (1 for the same text)
 * @param sameText true when both are the same article (the same sentences), saved under two names
 * @param sameTrue data items where both give the same value and it agrees with today's official figure
 * @param sameFalse data items where both give the same value and official data says it is wrong or stale
 * @param differing data items where they give different values
 * @param shared the values both give, as the evidence rests on them
 */
public record SourceDependence(String familyId, String sourceId, String copiesFrom, double probability,
		boolean sameText, int sameTrue, int sameFalse, int differing, List<SharedValue> shared) {

	/**
	 * A value two sources both give for the same data item.
	 *
	 * @param socCode occupation
	 * @param metric what is measured
	 * @param statistic the statistic as classified (an "average" stays {@link Statistic#AVERAGE_AS_WORDED})
	 * @param place "United States" or a state name
	 * @param unit the unit the value is stated in
	 * @param value the value as stated
	 * @param correct true when it agrees with today's official figure, false when official data says it is
	 *        wrong or stale, null when there is no official figure to tell
	 */
	public record SharedValue(String socCode, Metric metric, Statistic statistic, String place, Unit unit,
			BigDecimal value, Boolean correct) {
	}
}
