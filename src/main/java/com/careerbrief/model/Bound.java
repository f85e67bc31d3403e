package com.careerbrief.model;

/**
 * Whether a value is exact or a bound: BLS's {@code #} marker means "at or above the top-code" (AT_LEAST);
 * an Employment Projections count published as 0.0 thousand means "fewer than 50" (BELOW, value 50).
 */
public enum Bound {
	EXACT, AT_LEAST, BELOW
}
