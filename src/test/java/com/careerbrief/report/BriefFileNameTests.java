package com.careerbrief.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BriefFileNameTests {

	@Test
	void lowerCasesTheTitleAndJoinsWordsWithDashes() {
		assertThat(BriefFileName.of("29-2072", "Medical Records Specialists"))
				.isEqualTo("29-2072-medical-records-specialists.pdf");
	}

	@Test
	void collapsesPunctuationRunsAndTrimsDashes() {
		assertThat(BriefFileName.of("29-2098",
				"Medical Dosimetrists, Medical Records Specialists, and Health Technologists and Technicians, All Other"))
				.isEqualTo("29-2098-medical-dosimetrists-medical-records-specialists-and-health-technologists-and-technicians-all-other.pdf");
		assertThat(BriefFileName.of("15-1252", "  Software Developers (All) ")).isEqualTo("15-1252-software-developers-all.pdf");
	}
}
