package com.careerbrief.model;

/** How a reference period was stated. */
public enum PeriodKind {
	/** A survey reference month and year, such as OEWS "May 2024". */
	SURVEY,
	/** A single year ("2015", "as of 2025"). */
	YEAR,
	/** A projection range ("2024–34"). */
	PROJECTION,
	/** Not stated; the period is the document's date and is marked as inherited. */
	INHERITED,
	/** Not stated and nothing to inherit from. */
	NONE
}
