package com.careerbrief.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");

	/**
	 * The first year the source's vintage names (2024 for Employment Projections "2024–34", 2021 for Table 5.4
	 * "2021"), 0 when it names none: the year of the data, by which texts of one kind are told newest first.
	 */
	public int sourceYear() {
		if (source == null || source.published() == null) {
			return 0;
		}
		Matcher year = YEAR.matcher(source.published());
		return year.find() ? Integer.parseInt(year.group()) : 0;
	}

	/**
	 * The text of a kind from the newest source, in its rank order: the typical entry education of the
	 * 2024–34 projections, not that of the 2014–24 ones, which the crosswalk also maps to the code.
	 */
	public static Optional<OccupationText> newest(Collection<OccupationText> texts, Kind kind) {
		return texts.stream()
			.filter(t -> t.kind() == kind && t.text() != null && !t.text().isBlank())
			.min(Comparator.comparingInt(OccupationText::sourceYear).reversed()
				.thenComparingInt(t -> t.rank() == 0 ? Integer.MAX_VALUE : t.rank()));
	}
}
