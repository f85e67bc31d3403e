package com.careerbrief.reconcile;

import java.math.BigDecimal;

import com.careerbrief.model.Claim;
import com.careerbrief.model.Footing;
import com.careerbrief.model.Period;
import com.careerbrief.model.PeriodKind;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

/**
 * A figure claim on the footing official figures are compared on; its verdicts keep the footing.
 *
 * @param claim the claim as read
 * @param footing its value (or range) in the base unit, statistic, place and period
 */
record NormalisedClaim(Claim claim, Footing footing) {

	/** The value (or low end) in {@link #unit}. */
	BigDecimal low() {
		return footing.low();
	}

	/** The high end in {@link #unit}, or null. */
	BigDecimal high() {
		return footing.high();
	}

	/** Annual pay, persons or percent. */
	Unit unit() {
		return footing.unit();
	}

	/** The statistic as classified (VALUE when the claim gave none). */
	Statistic statistic() {
		return footing.statistic();
	}

	/** "United States" or a state name. */
	String place() {
		return footing.place();
	}

	/** The period as stated, or the document's date marked INHERITED. */
	Period period() {
		return footing.period();
	}

	boolean isRange() {
		return footing.isRange();
	}

	boolean statesProjection() {
		return footing.period().kind() == PeriodKind.PROJECTION;
	}

	/** True when the claim names no date of its own (an inherited document date does not count). */
	boolean periodUnstated() {
		return footing.periodUnstated();
	}
}
