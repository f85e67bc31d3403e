package com.careerbrief.model;

/**
 * Which statistic a figure is. Official tables use the precise ones; article wording that is
 * ambiguous ("average") stays ambiguous until reconciliation matches it.
 */
public enum Statistic {
	MEAN, MEDIAN, P10, P25, P75, P90,
	/** "average" in prose: may be a mean or a median. */
	AVERAGE_AS_WORDED,
	/** A range "from X to Y" with no stated statistic. */
	RANGE,
	/** "entry-level" pay. */
	ENTRY_LEVEL,
	/** "experienced" pay (New York DOL), or "top earners" in prose. */
	EXPERIENCED,
	TOP_EARNERS,
	/** "top N%" in prose: valueLow holds the bound; {@code percentile} on the claim holds N. */
	TOP_PERCENT,
	/** "bottom N%" in prose. */
	BOTTOM_PERCENT,
	/** A plain count or level (employment, openings per year, a duration). */
	VALUE,
	/** A total over a period rather than an annual average (EP 2014–24 openings). */
	PERIOD_TOTAL;

	/** True for the percentile statistics published by OEWS. */
	public boolean isPercentile() {
		return this == P10 || this == P25 || this == MEDIAN || this == P75 || this == P90;
	}
}
