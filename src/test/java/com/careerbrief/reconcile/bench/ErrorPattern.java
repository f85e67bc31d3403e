package com.careerbrief.reconcile.bench;

import com.careerbrief.model.VerdictKind;

/**
 * The errors the benchmark plants in generated claims, as seen in real career articles, each with the
 * verdict that names it.
 */
enum ErrorPattern {

	/** The May 2024 figure as published (annual, or hourly with an hourly unit). */
	NONE("correct", VerdictKind.MATCHES),
	/** The same statistic from an older OEWS year (2013, 2017–2023), dated or not. */
	OUTDATED("outdated year", VerdictKind.OUTDATED),
	/** A mean claim ("average") whose value is the May 2024 median. */
	MEDIAN_AS_AVERAGE("median called average", VerdictKind.MISLABELLED_STATISTIC),
	/** The May 2024 figure rounded to $500 or $1,000. */
	ROUNDED("rounded", VerdictKind.ROUNDED),
	/** The May 2024 hourly figure given as annual pay ("$24.16 a year"). */
	HOURLY_AS_ANNUAL("hourly given as annual", VerdictKind.CONFLICTS),
	/** One of the first two digits of the May 2024 figure changed. */
	WRONG_DIGIT("wrong digit", VerdictKind.CONFLICTS),
	/** A state's May 2023 mean given as the national mean. */
	OTHER_STATE("another state", VerdictKind.DIFFERENT_SCOPE),
	/**
	 * The same statistic of a neighbouring occupation (same SOC minor group). careerbrief is given only the
	 * occupation's own figures, as in a real run, so the right verdict it can reach is CONFLICTS.
	 */
	NEIGHBOUR_CODE("neighbouring code", VerdictKind.CONFLICTS),
	/** A copy, by another source, of an erroneous claim: the verdict is the copied error's. */
	COPIED("copied error", null),
	/** A claim of a source that repeats a whole stale table: the same statistic of one older year for every pair. */
	STALE_TABLE("stale table", VerdictKind.OUTDATED),
	/** A wrong claim of a reliably wrong source (90% of its claims wrong): the verdict is the planted error's. */
	RELIABLY_WRONG("reliably wrong source", null);

	private final String label;

	private final VerdictKind expected;

	ErrorPattern(String label, VerdictKind expected) {
		this.label = label;
		this.expected = expected;
	}

	String label() {
		return label;
	}

	/** The verdict that names this error (COPIED, RELIABLY_WRONG: null, the planted claim's pattern decides). */
	VerdictKind expected() {
		return expected;
	}
}
