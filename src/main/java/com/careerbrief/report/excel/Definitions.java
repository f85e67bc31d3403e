package com.careerbrief.report.excel;

import java.util.EnumMap;
import java.util.Map;

import com.careerbrief.model.Statistic;
import com.careerbrief.model.VerdictKind;

/**
 * The About sheet's definitions, one per statistic, verdict kind and sheet; the exhaustive switches make
 * a new enum value fail to compile until it is defined here.
 */
final class Definitions {

	static final String[][] SHEETS = {
			{ OccupationsSheetWriter.NAME, "One row per occupation: the figures that hold (annual wages, employment, "
					+ "growth, openings), entry education, job zone and a link to its PDF brief." },
			{ WageHistorySheetWriter.NAME, "Every national OEWS wage by year and statistic, with the code as published." },
			{ StatesSheetWriter.NAME, "State and regional figures from BLS and state agencies, side by side." },
			{ ClaimsSheetWriter.NAME, "Every claim from the articles with its quote, verdicts and the official figure "
					+ "it was checked against. Red rows conflict with official data." },
			{ ConflictsSheetWriter.NAME, "Where sources disagree: the candidates, the value that holds and why." },
			{ SourcesSheetWriter.NAME, "The source ledger: claims per source, how many were checked and matched." },
			{ RejectedSheetWriter.NAME, "Input rows set aside (filtered) or not readable (rejected), with the reason." },
			{ SourceFamiliesSheetWriter.NAME, "Sources that probably copy another, with the values they share; "
					+ "empty when no source looks copied." },
			{ AccountingSheetWriter.NAME, "Per input file: rows read = accepted + filtered + rejected." },
			{ ChartsSheetWriter.NAME, "Wage percentiles and median history for selected occupations." } };

	/** Sheet, column and meaning, for the columns whose header alone does not say how they were made. */
	static final String[][] COLUMNS = {
			{ OccupationsSheetWriter.NAME, "Wage note", "Why annual wage cells are blank: BLS published only hourly "
					+ "wages (it does so for occupations whose workers often do not work full time all year, HOURLY = TRUE "
					+ "in OEWS, and where an annual estimate is not available, \"*\"), and careerbrief never shows hourly "
					+ "× 2,080 as an annual wage." },
			{ OccupationsSheetWriter.NAME, "Projected growth", "Percent change in employment over the projection period "
					+ "(BLS Employment Projections)." },
			{ OccupationsSheetWriter.NAME, "Openings per year", "Average yearly openings over the projection period, "
					+ "from growth and from workers who leave or change occupations." },
			{ OccupationsSheetWriter.NAME, "Job zone", "O*NET job zone, 1 to 5: how much preparation the work needs, "
					+ "from 1 (little or none) to 5 (extensive)." },
			{ OccupationsSheetWriter.NAME, "Conflicts", "Figures on which the sources disagree (rows of the Conflicts "
					+ "sheet); above 0 is filled red." },
			{ StatesSheetWriter.NAME, "Vintage", "The period the figure is for, e.g. May 2023." },
			{ ClaimsSheetWriter.NAME, "Statistic as worded", "The article's own word for the statistic (\"average\", "
					+ "\"typical\"); Statistic is how careerbrief read it." },
			{ ClaimsSheetWriter.NAME, "Start", "Where the quote's sentence starts in the document's extracted text, "
					+ "in characters; End is one past its last character." },
			{ ClaimsSheetWriter.NAME, "Distance", "How far the claim is from the figure it was checked against: "
					+ "(claim − figure) / figure, in percent, negative when the claim is lower; in points when both are "
					+ "percentages." },
			{ SourcesSheetWriter.NAME, "Checked", "Claims compared with an official figure (ranges and claims with "
					+ "nothing to compare with are not)." },
			{ SourcesSheetWriter.NAME, "Matched", "Checked claims that equal an official figure as labelled and in "
					+ "scope; an older figure counts only when the claim names its year." },
			{ SourcesSheetWriter.NAME, "Match rate", "Matched / Checked; empty when nothing was checked." },
			{ SourcesSheetWriter.NAME, "Weight", "How far the source is trusted where claims are pooled, 0 to 1: 1 for "
					+ "official sources, else (Matched + careerbrief.reconcile.prior-agreements) / (Checked + "
					+ "careerbrief.reconcile.prior-checks), so a source never checked keeps the prior (0.5 by default)." },
			{ SourceFamiliesSheetWriter.NAME, "Probability", "How likely the two sources are dependent (one copies "
					+ "the other), from the values both give: the same false or stale value counts for much more than "
					+ "the same true one, a different value against; 1 when they share almost all their sentences. "
					+ "Pairs from 50% are listed." },
			{ AccountingSheetWriter.NAME, "Check", "\"balances\" when Read = Accepted + Filtered + Rejected (a formula); "
					+ "otherwise filled red." },
			{ AccountingSheetWriter.NAME, "Rows listed", "The file's rows on the Rejected input sheet." } };

	private Definitions() {
	}

	static Map<Statistic, String> statistics() {
		Map<Statistic, String> map = new EnumMap<>(Statistic.class);
		for (Statistic s : Statistic.values()) {
			map.put(s, meaning(s));
		}
		return map;
	}

	static Map<VerdictKind, String> verdicts() {
		Map<VerdictKind, String> map = new EnumMap<>(VerdictKind.class);
		for (VerdictKind v : VerdictKind.values()) {
			map.put(v, meaning(v));
		}
		return map;
	}

	private static String meaning(Statistic statistic) {
		return switch (statistic) {
			case MEAN -> "Mean (average) wage: total pay divided by the number of workers.";
			case MEDIAN -> "Median wage: half the workers earn more, half earn less.";
			case P10 -> "10th percentile: 10% of workers earn less than this.";
			case P25 -> "25th percentile: a quarter of workers earn less than this.";
			case P75 -> "75th percentile: a quarter of workers earn more than this.";
			case P90 -> "90th percentile: 10% of workers earn more than this.";
			case AVERAGE_AS_WORDED -> "\"Average\" in an article: it may mean the mean or the median.";
			case RANGE -> "A range \"from X to Y\" with no stated statistic.";
			case ENTRY_LEVEL -> "\"Entry-level\" pay as worded; New York DOL's entry wage is the mean of the lowest third.";
			case EXPERIENCED -> "\"Experienced\" pay; New York DOL's experienced wage is the mean of the upper two thirds.";
			case TOP_EARNERS -> "\"Top earners\" in prose, with no percentile stated.";
			case TOP_PERCENT -> "\"Top N%\" in prose: the pay at which the top N% begins.";
			case BOTTOM_PERCENT -> "\"Bottom N%\" in prose: the pay below which the bottom N% earn.";
			case VALUE -> "A plain count or level: employment, openings per year, a growth rate, a duration.";
			case PERIOD_TOTAL -> "A total over a whole period, not a yearly average (BLS 2014–24 openings).";
		};
	}

	private static String meaning(VerdictKind verdict) {
		return switch (verdict) {
			case MATCHES -> "The claim equals the official figure for the same statistic, period and place, to within "
					+ "careerbrief.reconcile.exact-tolerance-percent (0.25% by default; 0.05 points for a percentage).";
			case ROUNDED -> "The claim is the official figure rounded.";
			case OUTDATED -> "The claim was right for an older period; a newer official figure exists.";
			case MISLABELLED_STATISTIC ->
				"The number exists officially but as another statistic (e.g. a median called an average).";
			case DIFFERENT_SCOPE -> "The claim is about another place, occupation or unit than the official figure.";
			case SUPERSEDED -> "A newer release of the same source replaced the figure.";
			case CONFLICTS -> "The claim disagrees with the official figure and no other explanation fits.";
			case UNCHECKABLE -> "No official figure to compare with (a fact, or no matching series).";
			case CONTRADICTS_ITSELF ->
				"The article's own figures contradict its words: growth called faster (or slower) than average is not above (or below) the all-occupations average it gives.";
		};
	}
}
