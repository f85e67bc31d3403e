package com.careerbrief.report.pdf;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageFooterTests {

	private static final String LONGEST = "CareerBrief counselor brief · Separating, Filtering, Clarifying, Precipitating, and Still "
			+ "Machine Setters, Operators, and Tenders in Indiana (51-9012) · Generated December 3, 2026";

	/** The room a Letter page leaves beside "Page 1 of 2" (about 450 points between the margins and the page number). */
	private static final float ROOM = 450f;

	@Test
	void theLongestTitleIsShortenedByWholeWordsKeepingItsCodeAndTheDate() {
		PageFooter footer = new PageFooter(new BriefFonts(), LONGEST);

		String fitted = footer.fitted(ROOM);

		assertThat(fitted).startsWith("CareerBrief counselor brief · Separating, Filtering")
			.endsWith("… (51-9012) · Generated December 3, 2026");
		assertThat(new BriefFonts().regular.getWidthPoint(fitted, 7f)).isLessThanOrEqualTo(ROOM);
	}

	@Test
	void aTitleThatFitsIsLeftWhole() {
		String text = "CareerBrief counselor brief · Medical Records Specialists (29-2072) · Generated December 3, 2026";

		assertThat(new PageFooter(new BriefFonts(), text).fitted(ROOM)).isEqualTo(text);
	}
}
