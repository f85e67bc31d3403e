package com.careerbrief.reconcile;

import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.Statistic;

/** Says in plain words what a claim states: "An article says the average is $37,110." */
final class ClaimWording {

	private ClaimWording() {
	}

	static String says(NormalisedClaim c) {
		String place = c.place().equals(Figure.UNITED_STATES) ? "" : " in " + c.place();
		String period = c.periodUnstated() ? "" : " (" + c.claim().period().label() + ")";
		return Wording.who(c.claim().source()) + " says " + what(c) + place + period + ".";
	}

	/** "the average is $37,110", "employment will change by +13%". */
	static String what(NormalisedClaim c) {
		String claimed = Wording.claimed(c);
		Metric metric = c.claim().metric();
		return switch (metric) {
			case WAGE -> c.isRange() ? "pay ranges " + claimed : statisticNoun(c) + " is " + claimed;
			case EMPLOYMENT_CHANGE_PERCENT -> "employment will change by " + claimed;
			case EMPLOYMENT_CHANGE_COUNT -> "employment will change by " + claimed + " jobs";
			default -> "the " + Wording.measure(metric, c.statistic()) + " is " + claimed;
		};
	}

	/** "the average", "the 10th percentile", "entry-level pay". */
	static String statisticNoun(NormalisedClaim c) {
		String word = Wording.statistic(c.statistic(), c.claim().percentile());
		boolean bare = c.statistic() == Statistic.ENTRY_LEVEL || c.statistic() == Statistic.EXPERIENCED
				|| c.statistic() == Statistic.TOP_EARNERS;
		return bare ? word : "the " + word;
	}

	/** "The article", or the publisher for a table. */
	static String subject(NormalisedClaim c) {
		return c.claim().source() == null || c.claim().source().kind() == SourceKind.ARTICLE ? "The article"
				: Wording.who(c.claim().source());
	}

	/** ", and no source is cited" or ", and the article credits BLS". */
	static String citation(NormalisedClaim c) {
		if (c.claim().source() != null && c.claim().source().kind() != SourceKind.ARTICLE) {
			return "";
		}
		return c.cited() ? ", and the article credits " + c.claim().attribution() : ", and no source is cited";
	}
}
