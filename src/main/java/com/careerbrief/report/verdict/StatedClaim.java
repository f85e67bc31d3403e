package com.careerbrief.report.verdict;

import com.careerbrief.model.Claim;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Footing;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.model.Words;

/**
 * A claim as it was written, with the footing it was compared on: what the sentences about a claim say of
 * it ("An article says the average is $37,110.").
 */
record StatedClaim(Claim claim, Footing footing) {

	/** The claim's value as it was written, with the annual equivalent when it was hourly. */
	String claimed() {
		Metric metric = claim.metric();
		String low = Words.value(claim.valueLow(), claim.unit(), metric);
		String text = footing.isRange() ? low + "–" + Words.value(claim.valueHigh(), claim.unit(), metric) : low;
		if (claim.unit() == Unit.USD_PER_HOUR) {
			text += " (" + Words.value(footing.low(), Unit.USD_PER_YEAR, metric) + " a year at full time)";
		}
		return text;
	}

	/** "An article says the average is $37,110 (2015)." */
	String says() {
		String place = footing.place().equals(Figure.UNITED_STATES) ? "" : " in " + footing.place();
		String period = footing.periodUnstated() ? "" : " (" + claim.period().label() + ")";
		return Words.who(claim.source()) + " says " + what() + place + period + ".";
	}

	/** "the average is $37,110", "employment will change by +13%". */
	private String what() {
		String claimed = claimed();
		return switch (claim.metric()) {
			case WAGE -> footing.isRange() ? "pay ranges " + claimed : statisticNoun() + " is " + claimed;
			case EMPLOYMENT_CHANGE_PERCENT -> "employment will change by " + claimed;
			case EMPLOYMENT_CHANGE_COUNT -> "employment will change by " + claimed + " jobs";
			default -> "the " + Words.measure(claim.metric(), footing.statistic()) + " is " + claimed;
		};
	}

	/** "the average", "the 10th percentile", "entry-level pay". */
	private String statisticNoun() {
		String word = statisticWord();
		Statistic s = footing.statistic();
		boolean bare = s == Statistic.ENTRY_LEVEL || s == Statistic.EXPERIENCED || s == Statistic.TOP_EARNERS;
		return bare ? word : "the " + word;
	}

	/** "average", "10th percentile": the statistic the claim was classified as. */
	String statisticWord() {
		return Words.statistic(footing.statistic(), claim.percentile());
	}

	/** "The article", or the publisher for a table. */
	String subject() {
		return isTable() ? Words.who(claim.source()) : "The article";
	}

	/** ", and no source is cited" or ", and the article credits BLS"; nothing for a table. */
	String citation() {
		if (isTable()) {
			return "";
		}
		boolean cited = claim.attribution() != null && !claim.attribution().isBlank();
		return cited ? ", and the article credits " + claim.attribution() : ", and no source is cited";
	}

	/** True for a figure of an agency or other table, which is a claim to check like an article's. */
	boolean isTable() {
		return claim.fromTable();
	}

	/** "$37,110 (“average”, 2015, Some Blog)": the claim as a candidate beside others. */
	String candidate() {
		String worded = claim.statisticAsWorded() != null ? "\u201c" + claim.statisticAsWorded() + "\u201d" : statisticWord();
		String source = claim.source() == null ? claim.documentId() : Words.sourceLabel(claim.source());
		return claimed() + " (" + worded + ", " + footing.period().label() + ", " + source + ")";
	}
}
