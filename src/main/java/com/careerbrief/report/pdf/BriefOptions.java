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
 */
public record BriefOptions(LocalDate generatedOn, String featuredState) {

	public BriefOptions {
		Objects.requireNonNull(generatedOn, "generatedOn");
		if (featuredState != null && featuredState.isBlank()) {
			featuredState = null;
		}
	}

	/** Options without a featured state. */
	public static BriefOptions on(LocalDate generatedOn) {
		return new BriefOptions(generatedOn, null);
	}

	/** Briefs are printed by US counselors, so the page is US Letter. */
	public Rectangle pageSize() {
		return PageSize.LETTER;
	}
}
