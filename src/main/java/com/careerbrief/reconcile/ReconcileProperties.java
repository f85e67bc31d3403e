package com.careerbrief.reconcile;

import java.math.BigDecimal;

/**
 * Tolerances and constants of reconciliation, bound from {@code careerbrief.reconcile} in application.yml.
 *
 * @param exactTolerancePercent a claim equals a figure when it is within this many percent of it; small,
 *        because BLS rounds annual wages to $10 and hourly × 2080 differs from the published annual by
 *        less than 0.1%, while 0.5% already lets "$44,324" reach unrelated figures
 * @param roundingTolerancePercent a round money value ("$28,500") matches a figure within this many percent
 * @param roundNumberStep a value that is a multiple of this (100) counts as rounded by its author
 * @param countTolerancePercent a round count ("28,000 jobs") matches a figure within this many percent
 * @param growthTolerancePoints a whole-number percent ("13%") matches a figure within this many points
 * @param exactPointsTolerance a percent equals a figure within this many points (EP prints one decimal)
 * @param hoursPerYear hours used to turn hourly pay into annual pay (BLS uses 2080)
 * @param priorAgreements pseudo-count of agreements in a source's reliability (Beta prior)
 * @param priorChecks pseudo-count of checks in a source's reliability (Beta prior)
 * @param copyTolerancePercent a pay claim is taken for another statistic, another place or an older year only
 *        when it equals that figure within this many percent (default 0.06): an author who copies a figure
 *        copies its digits, and hourly × 2080 differs from the published annual by at most $15.40, while the
 *        wider exact tolerance lets a national value meet one of 50 state means or 54 older figures by chance
 */
public record ReconcileProperties(BigDecimal exactTolerancePercent, BigDecimal roundingTolerancePercent,
		BigDecimal roundNumberStep, BigDecimal countTolerancePercent, BigDecimal growthTolerancePoints,
		BigDecimal exactPointsTolerance, int hoursPerYear, double priorAgreements, double priorChecks,
		BigDecimal copyTolerancePercent) {

	private static final BigDecimal DEFAULT_COPY_TOLERANCE = new BigDecimal("0.06");

	/** A configuration written before {@code copyTolerancePercent} existed gets its default. */
	public ReconcileProperties {
		copyTolerancePercent = copyTolerancePercent == null ? DEFAULT_COPY_TOLERANCE : copyTolerancePercent;
	}

	/** Values that suit BLS tables and career articles. */
	public static ReconcileProperties defaults() {
		return new ReconcileProperties(new BigDecimal("0.25"), new BigDecimal("2"), new BigDecimal("100"),
				new BigDecimal("2"), new BigDecimal("0.6"), new BigDecimal("0.05"), 2080, 1, 2,
				DEFAULT_COPY_TOLERANCE);
	}
}
