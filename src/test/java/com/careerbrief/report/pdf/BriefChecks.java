package com.careerbrief.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What every brief must pass, whatever its occupation: two pages at most, embedded fonts, metadata, a bookmark per section. */
final class BriefChecks {

	/** Every heading a brief can print; each one printed must also be a bookmark. */
	static final List<String> SECTIONS = List.of("Quick facts", "Pay", "What they do", "How to become one", "Skills",
			"Where they work", "Career ladder", "What sources say", "Sources and citation");

	private BriefChecks() {
	}

	static void assertPrintable(BriefPdf pdf, String title, String soc) {
		assertThat(pdf.pages()).as("US Letter pages").isBetween(1, 2);
		assertThat(pdf.allFontsEmbedded()).as("all fonts embedded").isTrue();
		assertThat(pdf.fonts()).isNotEmpty().allMatch(f -> f.contains("LiberationSans"));
		assertThat(pdf.title()).isEqualTo(title + " (" + soc + ") — counselor brief");
		assertThat(pdf.subject()).isNotBlank();
		assertThat(pdf.keywords()).contains(soc);
		assertThat(pdf.outline()).first().isEqualTo(title);
		List<String> lines = pdf.text().lines().map(String::trim).toList();
		for (String section : SECTIONS) {
			assertThat(pdf.outline().contains(section)).as("bookmark for " + section).isEqualTo(lines.contains(section));
		}
		assertThat(pdf.text()).contains("Page " + pdf.pages() + " of " + pdf.pages());
	}
}
