package com.careerbrief.model;

/** Whether a value is exact or a bound: BLS's {@code #} marker means "at or above the top-code". */
public enum Bound {
	EXACT, AT_LEAST
}
