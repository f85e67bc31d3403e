package com.careerbrief.ingest.table.oews;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The survey year of an OEWS file and where it came from: the content where it states one (a layout
 * used in one year only, the query tool's "Period: May 2024"), else the BLS file name
 * ("national_M2024_dl.csv"). The accounting names the layout with this year and, through
 * {@link #note()}, says when it rests on the file name alone or when the name disagrees.
 *
 * @param year the survey year, or 0 when neither content nor name gives one
 * @param note what the accounting should say about the year's origin, or null when the content stated it
 */
record SurveyYear(int year, String note) {

	static final String NAME_ONLY = "period taken from the file name only";

	private static final Pattern BLS_NAME = Pattern.compile("M(20\\d\\d)", Pattern.CASE_INSENSITIVE);

	/** The year in a BLS file name ("..._M2024_dl..."), or 0. */
	static int inFileName(String fileName) {
		return inFileName(fileName, BLS_NAME);
	}

	/** The year the first group of {@code pattern} finds in the name, or 0. */
	static int inFileName(String fileName, Pattern pattern) {
		Matcher m = pattern.matcher(fileName);
		return m.find() ? Integer.parseInt(m.group(1)) : 0;
	}

	/**
	 * @param stated the year the content states, or 0
	 * @param statedBy where the content states it ("the 30-column lower-case layout, used in May 2019 only")
	 * @param named the year in the file name, or 0
	 */
	static SurveyYear of(int stated, String statedBy, int named) {
		if (stated == 0) {
			return new SurveyYear(named, named == 0 ? null : NAME_ONLY);
		}
		if (named == 0 || named == stated) {
			return new SurveyYear(stated, null);
		}
		return new SurveyYear(stated, "May " + stated + " from " + statedBy + "; the file name says " + named);
	}

	/** ", May 2024" with the note in brackets when there is one, for a layout name. */
	String label() {
		return ", May " + year + (note == null ? "" : " (" + note + ")");
	}

}
