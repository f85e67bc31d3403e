package com.careerbrief.model;

/**
 * A piece of descriptive text about an occupation from a reference table: an O*NET task, an
 * alternate title, a crosswalk link, the O*NET description, the job zone (as its number in words,
 * e.g. "3"), the typical entry-level education.
 *
 * @param socCode SOC 2018 code
 * @param kind what the text is
 * @param text the text as published
 * @param rank order within the kind (1 = first), 0 when unordered
 * @param source where it came from
 */
public record OccupationText(String socCode, Kind kind, String text, int rank, SourceRef source) {

	/** What an occupation text is. */
	public enum Kind {
		TASK, ALTERNATE_TITLE, CROSSWALK_NOTE, DESCRIPTION, JOB_ZONE, ENTRY_EDUCATION
	}
}
