package com.careerbrief.model;

import java.math.BigDecimal;

/** How round a stated number is: the matcher allows for the author's rounding, and the wording says which way it went. */
public final class Rounding {

	private Rounding() {
	}

	/**
	 * The step an author rounded to: 500 for 28,500, 1000 for 28,000, 10 for 37,110, 1 for 44,324,
	 * and below 1 for a value with decimals.
	 */
	public static BigDecimal step(BigDecimal value) {
		BigDecimal v = value.abs().stripTrailingZeros();
		if (v.signum() == 0) {
			return BigDecimal.ONE;
		}
		BigDecimal step = BigDecimal.ONE.movePointLeft(v.scale());
		BigDecimal five = step.multiply(BigDecimal.valueOf(5));
		return v.remainder(five).signum() == 0 ? five : step;
	}

	/**
	 * "down" when {@code stated} is {@code exact} cut down to its step rather than rounded to the nearest step
	 * ($28,800 stated as $28,500: the nearest $500 is $29,000), "up" when raised past it, and null when it is
	 * within half a step.
	 */
	public static String direction(BigDecimal stated, BigDecimal exact) {
		BigDecimal half = step(stated).divide(BigDecimal.valueOf(2));
		BigDecimal gap = stated.subtract(exact);
		if (gap.abs().compareTo(half) <= 0) {
			return null;
		}
		return gap.signum() < 0 ? "down" : "up";
	}
}
