package com.careerbrief.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Page furniture removal on small scraped pages. */
class PageFurnitureCleanerTests {

	private final PageFurnitureCleaner cleaner = new PageFurnitureCleaner();

	@Test
	void dropsMenuImagesTocRelatedAndBylineButKeepsProse() {
		CleanedText c = cleaner.clean("""
				☰ Menu
				Nurse Career Guide

				by Jane Roe, RN

				Updated April 2, 2024

				Nurses care for patients in many settings every single day.

				hero-image.png

				Contents
				Salary
				Outlook

				Salary

				Nurses earn a lot.

				Outlook

				Demand is strong for nurses everywhere in the country.

				You may also like
				How to Become a Pharmacist thumbnail
				News JAN 5, 2025
				""");

		assertThat(c.text()).startsWith("Nurse Career Guide\n\nNurses care for patients")
			.contains("\n\nSalary\n\nNurses earn a lot.").contains("Outlook\n\nDemand is strong")
			.doesNotContain("Menu", "png", "Contents", "Pharmacist", "JAN 5", "Jane Roe");
		assertThat(c.header()).containsExactly("by Jane Roe, RN");
		assertThat(c.statedDates()).containsExactly("Updated April 2, 2024");
		assertThat(c.dropped()).contains("menu: ☰ Menu", "image: hero-image.png", "table of contents: Contents",
				"table of contents: Salary", "related articles: News JAN 5, 2025");
	}

	@Test
	void metadataReadsStatedDateAndAuthor() {
		String raw = "Nurse Career Guide\n\nby Jane Roe, rn\n\nUpdated April 2, 2024\n\nNurses care for patients in many settings.\n";
		CleanedText c = cleaner.clean(raw);
		ArticleMetadata meta = new ArticleMetadataReader()
			.read(new LoadedDocument(java.nio.file.Path.of("n.txt"), raw, null, null, null, "h"), c);
		assertThat(meta.title()).isEqualTo("Nurse Career Guide");
		assertThat(meta.author()).isEqualTo("Jane Roe, RN");
		assertThat(meta.date()).isEqualTo(java.time.LocalDate.of(2024, 4, 2));
		assertThat(meta.dateInferred()).isFalse();
	}
}
