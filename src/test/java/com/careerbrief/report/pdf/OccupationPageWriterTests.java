package com.careerbrief.report.pdf;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import com.careerbrief.report.OccupationPage;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class OccupationPageWriterTests {

	@TempDir
	Path folder;

	@Test
	void thePortalPageSaysWhatTheBriefSaysAndIsFoundByEveryTitle() throws Exception {
		// given
		OccupationPageWriter writer = new OccupationPageWriter(BriefOptions.on(LocalDate.of(2026, 3, 1)));

		// when
		Path file = writer.write(BriefReports.medicalRecords(), Map.of("NY", "29-2072-medical-records-specialists-ny.pdf"),
				folder);

		// then
		OccupationPage page = new ObjectMapper().readValue(file.toFile(), OccupationPage.class);
		assertThat(file.getFileName()).hasToString("29-2072.json");
		assertThat(page.title()).isEqualTo("Medical Records Specialists");
		assertThat(page.dataDate()).isEqualTo("May 2024");
		assertThat(page.quickFacts()).first()
			.satisfies(f -> assertThat(f.label()).isEqualTo("Median pay, May 2024"))
			.satisfies(f -> assertThat(f.value()).isEqualTo("$50,250 per year"));
		assertThat(page.paySummary()).startsWith("The median annual wage was $50,250 in May 2024");
		assertThat(page.sourcesSay()).anySatisfy(s -> {
			assertThat(s.says()).isEqualTo("An article says the average is $37,110.");
			assertThat(s.holds()).isEqualTo("$50,250");
			assertThat(s.stands()).isFalse();
		});
		assertThat(page.searchTitles()).contains("Certified Coding Specialist", "Coding Specialist", "CPC");
		assertThat(page.brief()).isEqualTo("29-2072-medical-records-specialists.pdf");
		assertThat(page.stateBriefs()).containsEntry("NY", "29-2072-medical-records-specialists-ny.pdf");
		assertThat(folder).isDirectoryNotContaining("glob:**/.page-*");
	}

}
