package com.careerbrief.model;

/** The outcomes of checking a claim against official figures; a claim can carry several. */
public enum VerdictKind {
	MATCHES, ROUNDED, OUTDATED, MISLABELLED_STATISTIC, DIFFERENT_SCOPE, SUPERSEDED, CONFLICTS, UNCHECKABLE,
	/** The article's own figures contradict the claim's words: growth "much faster than average" below the average it gives. */
	CONTRADICTS_ITSELF
}
