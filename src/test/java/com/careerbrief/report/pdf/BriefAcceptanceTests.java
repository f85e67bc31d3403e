package com.careerbrief.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.careerbrief.model.Claim;
import com.careerbrief.model.Metric;
import com.careerbrief.model.OccupationReport;
import com.careerbrief.model.Quote;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

/** The acceptance checks on the briefs the fixtures build: 29-2072 with its articles, 15-2051 without any. */
class BriefAcceptanceTests {

	private static final LocalDate GENERATED = LocalDate.of(2026, 1, 15);

	@TempDir
	Path briefs;

	@Test
	void medicalRecordsBriefHasThePayOutlookCertificationAndTheCorrectedAverage() throws Exception {
		String text = write(BriefReports.withSeedArticles(), BriefOptions.on(GENERATED)).flatText();

		assertThat(text).contains("$50,250", "May 2024", "Job outlook, 2024–2034 +7.1%");
		assertThat(text).contains("RHIT — Registered Health Information Technician, from AHIMA");
		assertThat(text).contains("An article says the average is $37,110. That was the median pay in May 2015 (BLS "
				+ "Occupational Employment and Wage Statistics, national); today's median is $50,250 (May 2024).");
	}

	@Test
	void otherTitlesLeaveOutAnAcronymThatAFullTitleAlreadySpellsOut() throws Exception {
		// O*NET lists both "Certified Professional Coder (CPC)" and "CPC" for 29-2072.
		String text = write(BriefReports.medicalRecords(), BriefOptions.on(GENERATED)).flatText();

		assertThat(text).contains("Also called: Certified Coding Specialist; Certified Professional Coder (CPC); Coding Specialist");
	}

	@Test
	void aStateThatAnArticleNamesIsShownInTheNationalBriefsStateTable() throws Exception {
		OccupationReport base = BriefReports.medicalRecords();
		Claim average = base.claims().stream().filter(c -> c.figure() && c.metric() == Metric.WAGE).findFirst().orElseThrow();
		String sentence = "The average medical records technician salary in Indiana typically aligns with the national "
				+ "range, which spans from $37,000 to $50,500 per year.";
		Claim naming = new Claim(average.claimId() + "-in", average.documentId(), average.socCode(),
				average.occupationAsWorded(), true, Metric.WAGE, "national range", Statistic.RANGE, 0,
				new BigDecimal("37000"), new BigDecimal("50500"), Unit.USD_PER_YEAR, average.period(), "United States",
				null, null, null, null, null, average.source(), List.of(new Quote("How much can you earn?", sentence, 0, sentence.length())));
		List<Claim> claims = new ArrayList<>(base.claims());
		claims.add(naming);
		OccupationReport report = new OccupationReport(base.occupation(), base.figures(), base.texts(), base.documents(),
				claims, base.verdicts(), base.chosen(), base.conflicts());

		String text = write(report, BriefOptions.on(GENERATED)).flatText();

		assertThat(text).contains("Indiana (named in an article) $48,220");
		assertThat(write(BriefReports.medicalRecords(), BriefOptions.on(GENERATED)).flatText())
			.doesNotContain("named in an article");
	}

	@Test
	void indianaEditionLeadsWithTheIndianaFigure() throws Exception {
		Path file = new BriefWriter(BriefOptions.on(GENERATED)).writeForState(BriefReports.medicalRecords(), briefs, "IN")
				.orElseThrow();
		String text = BriefPdf.read(file).flatText();

		assertThat(text).contains("Mean pay in Indiana, May 2023 $48,220 per year");
		assertThat(text.indexOf("$48,220")).as("Indiana's pay comes before the national median")
				.isLessThan(text.indexOf("$50,250"));
	}

	@Test
	void dataScientistsBriefGivesEveryOfficialSectionWithoutArticleSections() throws Exception {
		BriefPdf pdf = write(BriefReports.dataScientists(), BriefOptions.on(GENERATED));
		String text = pdf.flatText();

		BriefChecks.assertPrintable(pdf, "Data Scientists", "15-2051");
		assertThat(text).contains("Median pay, May 2024 $112,590 per year $54.13 per hour", "$63,650 – $194,410",
				"Bachelor's degree", "Job outlook, 2024–2034 +33.5% Much faster than average", "23,400", "233,440");
		// Seven states and DC, all shown; Puerto Rico is a territory and is not ranked among them (PayByStateTests).
		assertThat(text).contains("Washington $162,730", "New York $133,450", "Virginia $132,230", "Indiana $92,620")
				.doesNotContain("Puerto Rico");
		assertThat(pdf.outline()).containsExactly("Data Scientists", "Quick facts", "Pay", "What they do",
				"How to become one", "Sources and citation");
		assertThat(text).doesNotContain("What sources say", "An article says", "Skills", "Career ladder");
	}

	@Test
	void everyFixtureBriefAndStateEditionIsPrintable() throws Exception {
		Map<String, OccupationReport> reports = Map.of("medical records", BriefReports.medicalRecords(),
				"seed articles", BriefReports.withSeedArticles(), "official only", BriefReports.officialOnly(),
				"top-coded", BriefReports.anesthesiologists(), "data scientists", BriefReports.dataScientists());
		BriefWriter writer = new BriefWriter(BriefOptions.on(GENERATED));
		for (OccupationReport report : reports.values()) {
			String title = report.occupation().title();
			String soc = report.occupation().socCode();
			BriefChecks.assertPrintable(BriefPdf.read(writer.write(report, briefs)), title, soc);
			for (String state : new String[] { "IN", "WA" }) {
				var edition = writer.writeForState(report, briefs, state);
				if (edition.isPresent()) {
					BriefChecks.assertPrintable(BriefPdf.read(edition.get()), title + " in " + UsStates.name(state), soc);
				}
			}
		}
	}

	private BriefPdf write(OccupationReport report, BriefOptions options) throws Exception {
		return BriefPdf.read(new BriefWriter(options).write(report, briefs));
	}
}
