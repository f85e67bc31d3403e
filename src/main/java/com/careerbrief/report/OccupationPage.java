package com.careerbrief.report;

import java.util.List;
import java.util.Map;

/**
 * What the portal shows of one occupation, written by the report step next to the brief (as
 * {@code occupations/<soc>.json} in the run folder) from the same facts the brief is written from, so the
 * portal reads only what a run published and says the same as the PDF.
 *
 * @param socCode e.g. "29-2072"
 * @param title e.g. "Medical Records Specialists"
 * @param description O*NET description, or null
 * @param otherTitles the titles the brief shows: the first O*NET alternate titles, then titles the articles used
 * @param searchTitles every title the occupation is found by: all O*NET alternate titles and the articles' titles
 * @param dataDate reference period of the pay shown, e.g. "May 2024", or null
 * @param quickFacts the brief's quick-facts tiles
 * @param paySummary the brief's pay paragraph, or null without a national median
 * @param sourcesSay what articles claimed, checked, corrections first
 * @param brief the brief's file name under {@code briefs/}
 * @param stateBriefs state code (e.g. "NY") to the state edition's file name under {@code briefs/}
 */
public record OccupationPage(String socCode, String title, String description, List<String> otherTitles,
		List<String> searchTitles, String dataDate, List<Fact> quickFacts, String paySummary, List<SourceSays> sourcesSay, String brief,
		Map<String, String> stateBriefs) {

	/**
	 * One quick fact.
	 *
	 * @param label e.g. "Median pay, May 2024"
	 * @param value e.g. "$50,250 per year"
	 * @param note a line under it, or null
	 */
	public record Fact(String label, String value, String note) {
	}

	/**
	 * One article figure and what the official data says about it.
	 *
	 * @param says the claim in plain words ("An article says the average is $37,110.")
	 * @param reason the verdict's reason
	 * @param from the article's title, or null
	 * @param holds the figure that holds, or null
	 * @param holdsWhat what that figure is ("median, May 2024"), or null
	 * @param stands true when the claim matches the official data
	 */
	public record SourceSays(String says, String reason, String from, String holds, String holdsWhat, boolean stands) {
	}

}
