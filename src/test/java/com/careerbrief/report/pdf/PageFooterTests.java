package com.careerbrief.report.pdf;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageFooterTests {

	private static final String LONGEST = "Separating, Filtering, Clarifying, Precipitating, and Still Machine Setters, "
			+ "Operators, and Tenders in Indiana";

	/** The room a Letter page leaves beside "Page 1 of 2" (about 450 points between the margins and the page number). */
	private static final float ROOM = 450f;

	@Test
	void theLongestTitleIsShortenedByWholeWordsKeepingItsCodeAndTheDate() {
		PageFooter footer = new PageFooter(new BriefFonts(), LONGEST, "51-9012", "December 3, 2026");

		String fitted = footer.fitted(ROOM);

		assertThat(fitted).startsWith("CareerBrief counselor brief · Separating, Filtering")
			.endsWith("… (51-9012) · Generated December 3, 2026");
		assertThat(new BriefFonts().regular.getWidthPoint(fitted, 7f)).isLessThanOrEqualTo(ROOM);
	}

	@Test
	void aTitleThatFitsIsLeftWhole() {
		assertThat(new PageFooter(new BriefFonts(), "Medical Records Specialists", "29-2072", "December 3, 2026").fitted(ROOM))
			.isEqualTo("CareerBrief counselor brief · Medical Records Specialists (29-2072) · Generated December 3, 2026");
	}
}
