package com.careerbrief.report.pdf;

import java.time.LocalDate;
import java.util.Objects;

import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;

/**
 * What the counselor brief needs besides the occupation's data.
 *
 * @param generatedOn the date printed in the footer and metadata; passed in so output is reproducible
 * @param featuredState a state whose pay is always shown in the state table (e.g. "Indiana"), or null
 * @param stateLed true for a state edition: the brief leads with the featured state's pay
 */
public record BriefOptions(LocalDate generatedOn, String featuredState, boolean stateLed) {

	public BriefOptions {
		Objects.requireNonNull(generatedOn, "generatedOn");
		if (featuredState != null && featuredState.isBlank()) {
			featuredState = null;
		}
		if (stateLed && featuredState == null) {
			throw new IllegalArgumentException("A state edition needs the state it leads with");
		}
	}

	/** A national brief that also shows the featured state's pay in its state table. */
	public BriefOptions(LocalDate generatedOn, String featuredState) {
		this(generatedOn, featuredState, false);
	}

	/** Options without a featured state. */
	public static BriefOptions on(LocalDate generatedOn) {
		return new BriefOptions(generatedOn, null);
	}

	/** The same options for the state edition of one state (its name, as the OEWS tables spell it). */
	public BriefOptions ledBy(String state) {
		return new BriefOptions(generatedOn, state, true);
	}

	/** Briefs are printed by US counselors, so the page is US Letter. */
	public Rectangle pageSize() {
		return PageSize.LETTER;
	}
}
