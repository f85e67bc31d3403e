package com.careerbrief.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One verdict on one claim, as facts: its kind, what the claim came to on the common footing, what was found
 * against the official figures, and the notes that explain it further. The reports put it into words
 * ({@code report/verdict}); the workbook's Reasons column and the brief read the same sentences.
 *
 * @param claimId the claim judged
 * @param kind the verdict
 * @param footing the claim on the footing it was compared on, or null for a verdict that needs none
 * @param finding what was found
 * @param notes explanations added to the finding (inflation, an hourly rate given as annual pay), in order
 * @param checkedAgainst the official figure it was compared with, or null
 * @param distancePercent signed distance to {@code checkedAgainst} in percent, or null
 */
public record Verdict(String claimId, VerdictKind kind, Footing footing, Finding finding, List<Note> notes,
		Figure checkedAgainst, BigDecimal distancePercent) {

	public Verdict {
		notes = notes == null ? List.of() : List.copyOf(notes);
	}

	/** A verdict without notes. */
	public Verdict(String claimId, VerdictKind kind, Footing footing, Finding finding, Figure checkedAgainst,
			BigDecimal distancePercent) {
		this(claimId, kind, footing, finding, List.of(), checkedAgainst, distancePercent);
	}

	/** The same verdict with one more note after its finding. */
	public Verdict withNote(Note note) {
		List<Note> more = new ArrayList<>(notes);
		more.add(note);
		return new Verdict(claimId, kind, footing, finding, more, checkedAgainst, distancePercent);
	}

}
