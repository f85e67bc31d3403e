package com.careerbrief.model;

import java.math.BigDecimal;

/**
 * A figure claim on the footing official figures are compared on: what reconciliation made of it, kept with
 * each verdict so the reports can say what was compared.
 *
 * @param low the value (or low end) in {@code unit}
 * @param high the high end in {@code unit}, or null
 * @param unit annual pay, persons or percent
 * @param statistic the statistic as classified (VALUE when the claim gave none)
 * @param place "United States" or a state name
 * @param period the period as stated, or the document's date marked INHERITED
 */
public record Footing(BigDecimal low, BigDecimal high, Unit unit, Statistic statistic, String place, Period period) {

	public boolean isRange() {
		return high != null;
	}

	/** True when the claim names no date of its own (an inherited document date does not count). */
	public boolean periodUnstated() {
		return period.isUnstated();
	}
}
