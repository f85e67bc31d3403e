package com.careerbrief.reconcile.bench;

import java.util.List;

/**
 * One benchmark setting: which errors are planted and how often.
 *
 * @param name the row label
 * @param patterns the errors a wrong claim may carry (drawn uniformly among those that apply to its pair)
 * @param errorShare the mean share of a source's own claims that are wrong; sources differ (0.3×, 1×, 1.7× this)
 * @param copiers how many extra sources copy every claim of one of the sloppiest sources
 */
record Scenario(String name, List<ErrorPattern> patterns, double errorShare, int copiers) {

	static final int SOURCES = 24;

	static final double COVERAGE = 0.25;

	/** One scenario per pattern, then the copying scenario and all patterns mixed. */
	static List<Scenario> all() {
		List<ErrorPattern> planted = List.of(ErrorPattern.OUTDATED, ErrorPattern.MEDIAN_AS_AVERAGE, ErrorPattern.ROUNDED,
				ErrorPattern.HOURLY_AS_ANNUAL, ErrorPattern.WRONG_DIGIT, ErrorPattern.OTHER_STATE, ErrorPattern.NEIGHBOUR_CODE);
		List<Scenario> out = new java.util.ArrayList<>();
		planted.forEach(p -> out.add(new Scenario(p.label(), List.of(p), 0.3, 0)));
		out.add(new Scenario(ErrorPattern.COPIED.label(), planted, 0.3, 6));
		out.add(new Scenario("all patterns mixed", planted, 0.3, 3));
		return out;
	}

	/** The pattern whose pairs this scenario is scored on, or null to score every pair. */
	ErrorPattern scoredPattern() {
		if (copiers > 0 && name.equals(ErrorPattern.COPIED.label())) {
			return ErrorPattern.COPIED;
		}
		return patterns.size() == 1 ? patterns.get(0) : null;
	}
}
