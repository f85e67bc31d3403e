package com.careerbrief.reconcile.bench;

import java.math.BigDecimal;

import com.careerbrief.model.Claim;
import com.careerbrief.model.Statistic;

/**
 * One generated claim with its known truth.
 *
 * @param claim the claim as an extractor would hand it over
 * @param pair the occupation × statistic it is about (an "average" claim is about the mean)
 * @param pattern the error planted in it (COPIED for a copy of another source's erroneous claim)
 * @param copiedPattern for a copy, the pattern of the claim copied; else the same as {@code pattern}
 * @param truth the May 2024 national annual figure of {@code pair}
 */
record GeneratedClaim(Claim claim, Pair pair, ErrorPattern pattern, ErrorPattern copiedPattern, BigDecimal truth) {

	/** An occupation × statistic whose May 2024 national annual value is the truth. */
	record Pair(String soc, Statistic statistic) {
	}

	String sourceId() {
		return claim.source().sourceId();
	}
}
