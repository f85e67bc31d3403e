package com.careerbrief.reconcile;

import java.math.BigDecimal;

import com.careerbrief.model.Unit;

/** Puts values on one footing before comparing them: annual pay, persons, percent. */
final class Units {

	private Units() {
	}

	/** The unit every value of this unit is compared in. */
	static Unit base(Unit unit) {
		if (unit == Unit.USD_PER_HOUR) {
			return Unit.USD_PER_YEAR;
		}
		return unit == Unit.THOUSANDS_OF_PERSONS ? Unit.PERSONS : unit;
	}

	/** The value in its base unit: hourly pay × hours per year, thousands × 1000. */
	static BigDecimal toBase(BigDecimal value, Unit unit, int hoursPerYear) {
		if (value == null || unit == null) {
			return value;
		}
		return switch (unit) {
			case USD_PER_HOUR -> value.multiply(BigDecimal.valueOf(hoursPerYear));
			case THOUSANDS_OF_PERSONS -> whole(value.multiply(BigDecimal.valueOf(1000)));
			default -> value;
		};
	}

	/** 194800.0 persons read better as 194800. */
	private static BigDecimal whole(BigDecimal v) {
		return v.stripTrailingZeros().scale() <= 0 ? v.setScale(0) : v;
	}
}
