package com.careerbrief.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.careerbrief.model.Bound;
import com.careerbrief.model.Figure;
import com.careerbrief.model.OccupationReport;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

/** State editions ({@code --states=IN,CA}): one extra brief per chosen state that leads with that state's pay. */
class StateEditionTests {

	private static final LocalDate GENERATED = LocalDate.of(2026, 1, 15);

	@TempDir
	Path briefs;

	private final BriefWriter writer = new BriefWriter(BriefOptions.on(GENERATED));

	@Test
	void editionIsNamedAfterTheStateCodeAndTitledWithTheState() throws Exception {
		Path file = writer.writeForState(BriefReports.medicalRecords(), briefs, "in").orElseThrow();

		assertThat(file).isEqualTo(briefs.resolve("29-2072-medical-records-specialists-in.pdf"));
		BriefPdf pdf = BriefPdf.read(file);
		assertThat(pdf.title()).isEqualTo("Medical Records Specialists in Indiana (29-2072) — counselor brief");
		assertThat(pdf.keywords()).contains("Indiana");
		assertThat(pdf.flatText()).startsWith("Medical Records Specialists in Indiana");
	}

	@Test
	void statePayIsSetAgainstTheNationalMeanOfTheSameYear() throws Exception {
		// OEWS May 2023: Indiana mean $48,220 (state file), U.S. mean $53,690 (national_M2023_dl.csv): 10% below.
		String text = BriefPdf.read(writer.writeForState(BriefReports.medicalRecordsWithMean2023(), briefs, "IN").orElseThrow())
				.flatText();

		assertThat(text).contains("Mean pay in Indiana, May 2023 $48,220 per year 10% below the U.S. mean of $53,690 (May 2023)");
		assertThat(text).contains("In Indiana, the mean (average) annual wage was $48,220 (BLS, May 2023); "
				+ "10% below the U.S. mean of $53,690 (May 2023).");
		assertThat(text).contains("Indiana (featured) $48,220 BLS, May 2023");
		// The national figures still follow.
		assertThat(text).contains("$50,250 per year", "+7.1%");
	}

	@Test
	void topCodedStatePayIsNotSetBelowTheUsMean() throws Exception {
		// 29-1243, May 2023: California "#" (at least $239,200), U.S. mean $449,320; California's true mean may be above it.
		String text = BriefPdf.read(writer.writeForState(BriefReports.pediatricSurgeons(), briefs, "CA").orElseThrow())
				.flatText();

		assertThat(text).contains("In California, the mean (average) annual wage was at least $239,200 (BLS, May 2023; "
				+ "BLS publishes no exact figure above its top-code); no comparison with the U.S. mean of $449,320 "
				+ "(May 2023) can be made.");
		assertThat(text).contains("Mean pay in California, May 2023 ≥ $239,200 per year Top-code: BLS publishes no exact figure");
		assertThat(text).doesNotContain("below the U.S. mean", "47%");
	}

	@Test
	void topCodedStatePayAboveTheUsMeanIsSaidToBeAtLeastThatFarAbove() throws Exception {
		// Not in the shipped files (every top-coded state there is set against a U.S. mean above $239,200): a U.S. mean
		// of $220,000 puts "at least $239,200" at least 8% above it ($19,200 / $220,000 = 8.7%, rounded down).
		OccupationReport base = BriefReports.pediatricSurgeons();
		List<Figure> figures = new ArrayList<>(base.figures().stream().filter(f -> !f.isNational()).toList());
		figures.add(BriefReports.national("29-1243", Statistic.MEAN, Unit.USD_PER_YEAR, "220000", Bound.EXACT, 2023));
		OccupationReport report = new OccupationReport(base.occupation(), figures, List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of());

		String text = BriefPdf.read(writer.writeForState(report, briefs, "CA").orElseThrow()).flatText();

		assertThat(text).contains("(BLS, May 2023; BLS publishes no exact figure above its top-code); at least 8% above "
				+ "the U.S. mean of $220,000 (May 2023).");
		assertThat(text).contains("Mean pay in California, May 2023 ≥ $239,200 per year At least 8% above the U.S. mean of $220,000");
	}

	@Test
	void nationalFiguresBesideTheStatesAreLabelledUs() throws Exception {
		String text = BriefPdf.read(writer.writeForState(BriefReports.medicalRecordsWithMean2023(), briefs, "IN").orElseThrow())
				.flatText();

		// Quick facts: the Indiana tile, then the whole country's.
		assertThat(text).contains("U.S. median pay, May 2024 $50,250 per year",
				"U.S. pay range, lowest to highest 10% $35,780 – $80,950",
				"U.S. job outlook, 2024–2034 +7.1%", "U.S. job openings each year, 2024–2034 14,200",
				"U.S. number of jobs, May 2024 187,910");
		// Pay: the paragraph and the range chart after Indiana's sentence; the median chart was already national.
		assertThat(text).contains("Across the U.S., the median annual wage was $50,250 in May 2024",
				"U.S. median $50,250", "Median pay over time (national, per year)");
		// What sources say: the figure that holds is the national one.
		assertThat(text).contains("$50,250 U.S. median, May 2024", "+7.1% U.S. projected, 2024–34");
	}

	@Test
	void nationalBriefKeepsItsLabelsWithoutUs() throws Exception {
		String text = BriefPdf.read(writer.write(BriefReports.medicalRecordsWithMean2023(), briefs)).flatText();

		assertThat(text).contains("Median pay, May 2024 $50,250 per year", "Job outlook, 2024–2034 +7.1%",
				"The median annual wage was $50,250 in May 2024", "$50,250 median, May 2024");
		assertThat(text).doesNotContain("U.S. median", "Across the U.S.");
	}

	@Test
	void stateWithTwoSourcesLeadsWithTheDatedOfficialFigureAndListsBoth() throws Exception {
		String text = BriefPdf.read(writer.writeForState(BriefReports.medicalRecords(), briefs, "NY").orElseThrow()).flatText();

		assertThat(text).contains("Mean pay in New York, May 2023 $60,510 per year");
		assertThat(text).contains("New York (featured) $57,529 New York State Department of Labor, year not stated");
	}

	@Test
	void noEditionForAStateWithoutPayFigures() throws Exception {
		assertThat(writer.writeForState(BriefReports.medicalRecords(), briefs, "CA")).isEmpty();
		try (var files = Files.list(briefs)) {
			assertThat(files).isEmpty();
		}
	}

	@Test
	void unknownStateCodeIsRefusedWithTheCodeInTheMessage() {
		assertThatIllegalArgumentException().isThrownBy(() -> writer.writeForState(BriefReports.medicalRecords(), briefs, "XX"))
				.withMessageContaining("\"XX\"");
	}
}
