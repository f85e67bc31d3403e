package com.careerbrief.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The brief's "Pay by state" table: the highest- and lowest-paying of the 50 states and DC, counted. */
class PayByStateTests {

	private static final LocalDate GENERATED = LocalDate.of(2026, 1, 15);

	@TempDir
	Path briefs;

	private final BriefWriter writer = new BriefWriter(BriefOptions.on(GENERATED));

	@Test
	void territoriesAreNotRankedAmongTheStates() throws Exception {
		String text = BriefPdf.read(writer.write(BriefReports.medicalRecordsAcrossStates(), briefs)).flatText();

		assertThat(text).contains("Pay by state (highest and lowest of 50 states and DC) State Mean annual wage Source "
				+ "District of Columbia $70,900 BLS, May 2023 Washington $64,250");
		// The four lowest states, not Puerto Rico, Guam and the Virgin Islands below them.
		assertThat(text).contains("West Virginia $44,910", "Arkansas $44,120", "Alabama $42,970", "Mississippi $42,440")
				.doesNotContain("Puerto Rico", "Guam", "Virgin Islands", "State or territory");
	}

	@Test
	void aTerritorysEditionShowsItsOwnFigureAsATerritory() throws Exception {
		String text = BriefPdf.read(writer.writeForState(BriefReports.medicalRecordsAcrossStates(), briefs, "PR").orElseThrow())
				.flatText();

		assertThat(text).contains("Pay by state (highest and lowest of 50 states and DC) State or territory Mean annual wage",
				"Mississippi $42,440 BLS, May 2023 Puerto Rico (featured) $26,120 BLS, May 2023")
				.doesNotContain("Guam", "Virgin Islands");
	}

	@Test
	void fewStatesAreCountedWithDcApart() throws Exception {
		// Seven states and DC with a figure, and Puerto Rico, which is not counted among them.
		String text = BriefPdf.read(writer.write(BriefReports.dataScientists(), briefs)).flatText();

		assertThat(text).contains("Pay by state (7 states and DC with a figure)", "Virginia $132,230", "Mississippi $77,830")
				.doesNotContain("Puerto Rico");
	}
}
