package com.careerbrief.model;

import java.math.BigDecimal;

/**
 * One verdict on one claim, with the reason in words a counselor can repeat, kept in its two parts: what
 * the claim states, and what the official data says of it. The workbook shows both ({@link #reason()});
 * the brief words an article's claim itself and shows the finding.
 *
 * @param claimId the claim judged
 * @param kind the verdict
 * @param says the sentence that states the claim ("An article says the average is $37,110 (2015)."), or
 *        empty when the finding stands alone
 * @param finding plain words: "That was the median pay in 2015; today's median is $50,250 (May 2024)."
 * @param checkedAgainst the official figure it was compared with, or null
 * @param distancePercent signed distance to {@code checkedAgainst} in percent, or null
 */
public record Verdict(String claimId, VerdictKind kind, String says, String finding, Figure checkedAgainst,
		BigDecimal distancePercent) {

	public Verdict {
		says = says == null ? "" : says;
		finding = finding == null ? "" : finding;
	}

	/** A verdict whose finding stands alone, without a sentence stating the claim. */
	public Verdict(String claimId, VerdictKind kind, String finding, Figure checkedAgainst, BigDecimal distancePercent) {
		this(claimId, kind, "", finding, checkedAgainst, distancePercent);
	}

	/** The whole reason, as the workbook's Reasons column shows it: the statement, then the finding. */
	public String reason() {
		return says.isEmpty() ? finding : finding.isEmpty() ? says : says + " " + finding;
	}

	/** The same verdict with one more sentence after its finding (an inflation or unit note). */
	public Verdict withNote(String note) {
		return new Verdict(claimId, kind, says, finding + " " + note, checkedAgainst, distancePercent);
	}

}
