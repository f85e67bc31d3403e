package com.careerbrief.reconcile.bench;

import java.util.List;

/**
 * One benchmark setting: which errors are planted, how often, and which correlated sources join the 24
 * ordinary ones.
 *
 * @param name the row label
 * @param patterns the errors a wrong claim may carry (drawn uniformly among those that apply to its pair)
 * @param errorShare the mean share of a source's own claims that are wrong; sources differ (0.3×, 1×, 1.7× this)
 * @param copiers how many extra sources copy one of the sloppiest sources
 * @param copyRate the chance a copier takes each of its original's claims, errors included (else it states its own)
 * @param staleTables how many extra sources repeat a whole stale table: every claim from one older OEWS year
 * @param wrongSources how many extra sources are reliably wrong (90% of their claims carry an error)
 * @param scored the pattern whose pairs the row is scored on, or null for every pair
 */
record Scenario(String name, List<ErrorPattern> patterns, double errorShare, int copiers, double copyRate,
		int staleTables, int wrongSources, ErrorPattern scored) {

	static final int SOURCES = 24;

	static final double COVERAGE = 0.25;

	static final double COPY_RATE = 0.8;

	static final double RELIABLY_WRONG = 0.9;

	/** Independent errors only, and copiers that copy everything (as the first version of the benchmark). */
	Scenario(String name, List<ErrorPattern> patterns, double errorShare, int copiers) {
		this(name, patterns, errorShare, copiers, 1.0, 0, 0,
				copiers > 0 && name.equals(ErrorPattern.COPIED.label()) ? ErrorPattern.COPIED
						: patterns.size() == 1 ? patterns.get(0) : null);
	}

	/** One scenario per pattern, then the correlated ones (copiers, stale tables, reliably wrong sources) and all mixed. */
	static List<Scenario> all() {
		List<ErrorPattern> planted = List.of(ErrorPattern.OUTDATED, ErrorPattern.MEDIAN_AS_AVERAGE, ErrorPattern.ROUNDED,
				ErrorPattern.HOURLY_AS_ANNUAL, ErrorPattern.WRONG_DIGIT, ErrorPattern.OTHER_STATE, ErrorPattern.NEIGHBOUR_CODE);
		List<Scenario> out = new java.util.ArrayList<>();
		planted.forEach(p -> out.add(new Scenario(p.label(), List.of(p), 0.3, 0)));
		out.add(new Scenario(ErrorPattern.COPIED.label(), planted, 0.3, 6, COPY_RATE, 0, 0, ErrorPattern.COPIED));
		out.add(new Scenario(ErrorPattern.STALE_TABLE.label(), planted, 0.3, 0, COPY_RATE, 3, 0, ErrorPattern.STALE_TABLE));
		out.add(new Scenario(ErrorPattern.RELIABLY_WRONG.label(), planted, 0.3, 0, COPY_RATE, 0, 3, ErrorPattern.RELIABLY_WRONG));
		out.add(new Scenario("all patterns mixed", planted, 0.3, 3, COPY_RATE, 2, 2, null));
		return out;
	}

	/** The pattern whose pairs this scenario is scored on, or null to score every pair. */
	ErrorPattern scoredPattern() {
		return scored;
	}

	/** Sources in all: the ordinary ones and the correlated ones. */
	int sources() {
		return SOURCES + copiers + staleTables + wrongSources;
	}
}
