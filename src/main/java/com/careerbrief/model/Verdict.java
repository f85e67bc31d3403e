package com.careerbrief.model;

import java.math.BigDecimal;

/**
 * One verdict on one claim, with the reason in words a counselor can repeat.
 *
 * @param claimId the claim judged
 * @param kind the verdict
 * @param reason plain words: "That was the median pay in 2015; today's median is $50,250 (May 2024)."
 * @param checkedAgainst the official figure it was compared with, or null
 * @param distancePercent signed distance to {@code checkedAgainst} in percent, or null
 */
public record Verdict(String claimId, VerdictKind kind, String reason, Figure checkedAgainst,
		BigDecimal distancePercent) {
}
