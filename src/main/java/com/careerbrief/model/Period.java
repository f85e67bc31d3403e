package com.careerbrief.model;

/**
 * A reference period.
 *
 * @param label as a person reads it: "May 2024", "2024–34", "as of 2025", "none stated"
 * @param startYear first year, or 0 when unknown
 * @param endYear last year (same as start for a single year), or 0 when unknown
 * @param kind how it was stated
 */
public record Period(String label, int startYear, int endYear, PeriodKind kind) {

	public static Period survey(int year) {
		return new Period("May " + year, year, year, PeriodKind.SURVEY);
	}

	public static Period year(int year) {
		return new Period(String.valueOf(year), year, year, PeriodKind.YEAR);
	}

	public static Period projection(int start, int end) {
		return new Period(start + "–" + String.format("%02d", end % 100), start, end, PeriodKind.PROJECTION);
	}

	/** An undated claim's period taken from its document's date, stated or inferred ("about"). */
	public static Period inherited(int documentYear, boolean inferred) {
		return new Period("none stated (document dated " + (inferred ? "about " : "") + documentYear + ")", documentYear,
				documentYear, PeriodKind.INHERITED);
	}

	public static Period none() {
		return new Period("none stated", 0, 0, PeriodKind.NONE);
	}

	/** True when the period was not stated in the source. */
	public boolean isUnstated() {
		return kind == PeriodKind.NONE || kind == PeriodKind.INHERITED;
	}
}
