package com.careerbrief.ingest.table;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbrief.model.Period;

/** Reads a reference period written by a person: "May 2024", "2024", "2024-34", "2024–2034" or blank. */
public final class ReferencePeriods {

	private static final Pattern SURVEY = Pattern.compile("May (\\d{4})");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private static final Pattern RANGE = Pattern.compile("(\\d{4})\\s*[-–]\\s*(\\d{2}|\\d{4})");

	private ReferencePeriods() {
	}

	/** The period, {@link Period#none()} for a blank, or null when the text is not a period. */
	public static Period parse(String text) {
		String t = text.strip();
		if (t.isEmpty()) {
			return Period.none();
		}
		Matcher m = SURVEY.matcher(t);
		if (m.matches()) {
			return Period.survey(Integer.parseInt(m.group(1)));
		}
		if (YEAR.matcher(t).matches()) {
			return Period.year(Integer.parseInt(t));
		}
		m = RANGE.matcher(t);
		if (m.matches()) {
			int start = Integer.parseInt(m.group(1));
			int end = Integer.parseInt(m.group(2));
			return Period.projection(start, end < 100 ? start / 100 * 100 + end : end);
		}
		return null;
	}

}
