package com.careerbrief.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BriefFileNameTests {

	@Test
	void medicalRecordsSpecialistsBriefName() {
		assertThat(BriefFileName.of("29-2072", "Medical Records Specialists"))
			.isEqualTo("29-2072-medical-records-specialists.pdf");
	}

	@Test
	void punctuationAndAccentsCollapseToSingleDashes() {
		assertThat(BriefFileName.of("29-2098",
				"Medical Dosimetrists, Medical Records Specialists, and Health Technologists and Technicians, All Other"))
			.isEqualTo("29-2098-medical-dosimetrists-medical-records-specialists-and-health-technologists-and-technicians-all-other.pdf");
		assertThat(BriefFileName.of("35-1011", "  Chefs & Head Cooks (Café) ")).isEqualTo("35-1011-chefs-head-cooks-cafe.pdf");
	}

	@Test
	void missingTitleGivesCodeOnly() {
		assertThat(BriefFileName.of("11-1011", null)).isEqualTo("11-1011.pdf");
		assertThat(BriefFileName.of("11-1011", " - ")).isEqualTo("11-1011.pdf");
	}
}
