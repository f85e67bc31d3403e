package com.careerbrief.reconcile;

import java.math.BigDecimal;

import com.careerbrief.model.Claim;
import com.careerbrief.model.Footing;
import com.careerbrief.model.Period;
import com.careerbrief.model.PeriodKind;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

/**
 * A figure claim on the footing official figures are compared on.
 *
 * @param claim the claim as read
 * @param low the value (or low end) in {@code unit}
 * @param high the high end in {@code unit}, or null
 * @param unit annual pay, persons or percent
 * @param statistic the statistic as classified (VALUE when the claim gave none)
 * @param place "United States" or a state name
 * @param period the period as stated, or the document's date marked INHERITED
 */
record NormalisedClaim(Claim claim, BigDecimal low, BigDecimal high, Unit unit, Statistic statistic, String place,
		Period period) {

	/** The claim's footing, as its verdicts keep it. */
	Footing footing() {
		return new Footing(low, high, unit, statistic, place, period);
	}

	boolean isRange() {
		return high != null;
	}

	boolean statesProjection() {
		return period.kind() == PeriodKind.PROJECTION;
	}

	/** True when the claim names no date of its own (an inherited document date does not count). */
	boolean periodUnstated() {
		return period.isUnstated();
	}
}
