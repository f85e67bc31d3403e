package com.careerbrief.model;

/** The unit a value is expressed in. */
public enum Unit {
	USD_PER_YEAR, USD_PER_HOUR, PERSONS, THOUSANDS_OF_PERSONS, PERCENT, YEARS, MONTHS, WEEKS, HOURS;

	/** True for money units. */
	public boolean isMoney() {
		return this == USD_PER_YEAR || this == USD_PER_HOUR;
	}
}
