package com.careerbrief.ingest.table.oews;

import java.util.regex.Pattern;

/**
 * Spots SOC major-group codes (29-0000) in files without a group column: they total the detailed
 * rows of the same file, so keeping them would count those jobs twice.
 */
public final class MajorGroups {

	private static final Pattern MAJOR = Pattern.compile("\\d\\d-0000");

	private MajorGroups() {
	}

	/** The reason to filter {@code code}, or null when it is the all-occupations total or not a major group. */
	public static String filterReason(String code) {
		if (code.equals("00-0000") || !MAJOR.matcher(code).matches()) {
			return null;
		}
		return "major group " + code + " totals its detailed occupations; kept the detailed rows";
	}

}
