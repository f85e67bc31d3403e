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

	@Test
	void topCodedStatesAreNotRankedAsTheLowest() throws Exception {
		// 29-1212, May 2023: 11 states are "#" (at least $239,200), which may pay more than Minnesota or less than Utah.
		String text = BriefPdf.read(writer.write(BriefReports.cardiologists(), briefs)).flatText();

		assertThat(text).contains("Pay by state (highest and lowest of 24 states with an exact figure)",
				"Minnesota $523,550 BLS, May 2023",
				"South Carolina $287,360 BLS, May 2023 Utah $267,030 BLS, May 2023 Not ranked: Colorado, Delaware, Illinois, "
						+ "Indiana, Iowa, Maine, Maryland, New Hampshire, Oklahoma, Oregon and Wisconsin: BLS publishes no exact "
						+ "mean for them, only that it is at least $239,200 (its top-code).")
				.doesNotContain("Wisconsin ≥ $239,200", "New Hampshire ≥ $239,200");
	}

	@Test
	void aTopCodedFeaturedStateIsShownButNotRanked() throws Exception {
		// 29-1243, May 2023: California and Texas are "#"; Illinois ($256,570) is the lowest state with an exact mean.
		String text = BriefPdf.read(writer.writeForState(BriefReports.pediatricSurgeons(), briefs, "CA").orElseThrow())
				.flatText();

		assertThat(text).contains("Pay by state (5 states with an exact figure)",
				"Illinois $256,570 BLS, May 2023 California (featured) ≥ $239,200 BLS, May 2023 Not ranked: California and "
						+ "Texas: BLS publishes no exact mean for them, only that it is at least $239,200 (its top-code).")
				.doesNotContain("Texas ≥ $239,200");
	}
}
