package com.careerbrief.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.careerbrief.model.OccupationReport;
import com.careerbrief.model.OccupationText;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.SourceRef;

class BriefWriterTests {

	private static final LocalDate GENERATED = LocalDate.of(2026, 1, 15);

	@TempDir
	Path briefs;

	@Test
	void writesTheBriefUnderTheSharedFileName() throws Exception {
		Path file = new BriefWriter(BriefOptions.on(GENERATED)).write(BriefReports.medicalRecords(), briefs);

		assertThat(file).isEqualTo(briefs.resolve("29-2072-medical-records-specialists.pdf"));
		assertThat(Files.readAllBytes(file)).startsWith("%PDF".getBytes());
		try (var listing = Files.list(briefs)) {
			assertThat(listing).as("no temporary file left behind").containsExactly(file);
		}
	}

	@Test
	void aBriefIsReadableByWhoeverMayReadTheProcesssOtherFiles() throws Exception {
		assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
		Path plain = Files.createFile(briefs.resolve("plain.txt"));

		Path file = new BriefWriter(BriefOptions.on(GENERATED)).write(BriefReports.medicalRecords(), briefs);

		assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
	}

	@Test
	void briefShowsTheOfficialFiguresAWorkerWouldCheck() throws Exception {
		BriefPdf pdf = write(BriefReports.medicalRecords(), new BriefOptions(GENERATED, "Indiana"));
		String text = pdf.flatText();

		assertThat(text).contains("Medical Records Specialists", "SOC 29-2072", "Data: May 2024");
		assertThat(text).contains("$50,250 per year", "$24.16 per hour", "$35,780 – $80,950");
		assertThat(text).contains("Postsecondary nondegree award");
		assertThat(text).contains("+7.1%", "Much faster than average", "14,200", "187,910");
		assertThat(text).as("the annual mean is not shown as the median").contains("The average (mean) was $55,970");
		assertThat(text).contains("Certified Coding Specialist", "medical records technician");
	}

	@Test
	void entryEducationComesFromTheNewestProjections() throws Exception {
		// The crosswalk maps an old code's 2014–24 row to the occupation as well: its education is out of date.
		OccupationReport report = BriefReports.medicalRecords();
		SourceRef old = new SourceRef("bls-ep-2014-24", "U.S. Bureau of Labor Statistics", "Employment Projections 2014–24",
				null, "2014–24", SourceKind.OFFICIAL, "ep_2014-24_table1.7_occupational_projections.csv", 3);
		List<OccupationText> texts = new ArrayList<>(List.of(new OccupationText("29-2072",
				OccupationText.Kind.ENTRY_EDUCATION, "High school diploma or equivalent", 0, old)));
		texts.addAll(report.texts());
		report = new OccupationReport(report.occupation(), report.figures(), texts, report.documents(), report.claims(),
				report.verdicts(), report.chosen(), report.conflicts(), report.dependences());

		String text = write(report, BriefOptions.on(GENERATED)).flatText();

		assertThat(text).contains("Postsecondary nondegree award")
			.doesNotContain("High school diploma or equivalent");
	}

	@Test
	void stateAgencyFigureThatDiffersFromBlsIsShownWithBothVintages() throws Exception {
		String text = write(BriefReports.medicalRecordsWithNewYorkConflict(), BriefOptions.on(GENERATED)).flatText();

		assertThat(text).contains("Official sources differ for New York: BLS mean $60,510 (May 2023); New York State "
				+ "Department of Labor mean $57,529 (year not stated). A state's own release may use another survey panel "
				+ "or reference period");
	}

	@Test
	void anAgencyFigureAboveABlsTopCodeIsNoDisagreement() throws Exception {
		// 29-1214, Washington: BLS "at least $239,200" (May 2023) and the state's $323,440 (2022) can both be true.
		String text = write(BriefReports.emergencyPhysiciansInWashington(), BriefOptions.on(GENERATED)).flatText();

		assertThat(text).contains("Not ranked: Washington: BLS publishes no exact mean for it, only that it is at least "
				+ "$239,200 (its top-code).").doesNotContain("Official sources differ");
	}

	@Test
	void noStateNoteWithoutADisagreement() throws Exception {
		assertThat(write(BriefReports.medicalRecords(), BriefOptions.on(GENERATED)).flatText())
			.doesNotContain("Official sources differ");
	}

	@Test
	void dashedLineNoteOnlyWhereTheCodeChanged() throws Exception {
		assertThat(write(BriefReports.officialOnly(), BriefOptions.on(GENERATED)).flatText())
			.contains("→ 29-2098", "Dashed lines: BLS published this occupation under another code");
		assertThat(write(BriefReports.officialOnlyOneCode(), BriefOptions.on(GENERATED)).flatText())
			.contains("Median pay over time").doesNotContain("→").doesNotContain("Dashed lines");
	}

	@Test
	void alsoCalledCountsTheOnetTitlesItLeavesOut() throws Exception {
		// given nine O*NET alternate titles, of which the header shows six
		OccupationReport base = BriefReports.officialOnly();
		List<OccupationText> texts = new ArrayList<>(base.texts().stream()
			.filter(t -> t.kind() != OccupationText.Kind.ALTERNATE_TITLE).toList());
		for (int i = 1; i <= 9; i++) {
			texts.add(new OccupationText("29-2072", OccupationText.Kind.ALTERNATE_TITLE, "Records Title " + i, i, null));
		}
		OccupationReport report = new OccupationReport(base.occupation(), base.figures(), texts, base.documents(),
				base.claims(), base.verdicts(), base.chosen(), base.conflicts(), base.dependences());

		String text = write(report, BriefOptions.on(GENERATED)).flatText();

		assertThat(text).contains("Also called: Records Title 1; Records Title 2; Records Title 3; Records Title 4; "
				+ "Records Title 5; Records Title 6 and 3 more").doesNotContain("Records Title 7");
	}

	@Test
	void articleClaimIsCorrectedInPlainWordsBesideTheFigureThatHolds() throws Exception {
		String text = write(BriefReports.medicalRecords(), BriefOptions.on(GENERATED)).flatText();

		assertThat(text).contains("What sources say");
		assertThat(text).contains("An article says the average is $37,110. " + BriefReports.OUTDATED_REASON);
		assertThat(text).as("the brief words the claim itself, not the verdict's statement of it too")
			.doesNotContain("An article says the average is $37,110. An article says");
		assertThat(text).contains("An article says employment will grow 13% over 2016–26.");
		assertThat(text).contains("Career Profile and Forecast: Medical Records Technician");
	}

	@Test
	void listsCertificationsEducationAndWhereTheyWork() throws Exception {
		String text = write(BriefReports.medicalRecords(), BriefOptions.on(GENERATED)).flatText();

		assertThat(text).contains("RHIT — Registered Health Information Technician, from AHIMA");
		assertThat(text).contains("RHIT renewal: 20 hours of continuing education every two years");
		assertThat(text).contains("CAHIIM", "bachelor’s", "Hospitals", "Attention to detail", "Career ladder");
	}

	@Test
	void articleListsReadAsACounselorWouldSayThem() throws Exception {
		String text = write(BriefReports.medicalRecordsWithArticleLists(), BriefOptions.on(GENERATED)).flatText();

		assertThat(text).contains("Coursework: Medical terminology; Disease pathology.")
			.contains("Internships: Hospitals and large clinics; Insurance companies and government agencies.");
		// The article never wrote "CAHIIM": the name stands alone, without the extractor's note.
		assertThat(text).contains("Accreditation: Commission on Accreditation for Health Informatics and Information "
				+ "Management.").doesNotContain("CAHIIM", "acronym formed");
		assertThat(text).contains("concentrating on data entry. These positions usually require a postsecondary "
				+ "certificate or associate degree.");
	}

	@Test
	void stateTableShowsBothFiguresForTheFeaturedState() throws Exception {
		String text = write(BriefReports.medicalRecords(), new BriefOptions(GENERATED, "New York")).flatText();

		assertThat(text).contains("Washington $64,250", "Indiana $48,220");
		assertThat(text).contains("New York (featured) $60,510 BLS, May 2023");
		assertThat(text).contains("New York (featured) $57,529 New York State Department of Labor, year not stated");
	}

	@Test
	void fitsOnTwoLetterPagesWithFooterOutlineMetadataAndEmbeddedFonts() throws Exception {
		BriefPdf pdf = write(BriefReports.medicalRecords(), BriefOptions.on(GENERATED));

		assertThat(pdf.pages()).isBetween(1, 2);
		assertThat(pdf.text()).contains("Page 1 of " + pdf.pages(), "Generated January 15, 2026");
		assertThat(pdf.outline()).contains("Medical Records Specialists", "Quick facts", "What they do",
				"How to become one", "Pay", "What sources say", "Sources and citation");
		assertThat(pdf.title()).isEqualTo("Medical Records Specialists (29-2072) — counselor brief");
		assertThat(pdf.subject()).contains("Medical Records Specialists");
		assertThat(pdf.keywords()).contains("29-2072");
		assertThat(pdf.fonts()).allMatch(f -> f.contains("LiberationSans"));
		assertThat(pdf.allFontsEmbedded()).isTrue();
	}

	@Test
	void everythingTheSeedArticlesListStillFitsOnTwoPages() throws Exception {
		BriefPdf pdf = write(BriefReports.withSeedArticles(), new BriefOptions(GENERATED, "Indiana"));

		assertThat(pdf.pages()).isLessThanOrEqualTo(2);
		assertThat(pdf.flatText()).contains("Integrity and discretion", "Rehabilitation centers", "CHDA",
				"An article says the top 10% earn $61,400 or more.", "Page 2 of 2");
	}

	@Test
	void fortyMoreArticlesStillFitOnTwoPagesAndTheBriefSaysWhatItLeftOut() throws Exception {
		BriefPdf pdf = write(BriefReports.crowded(40), new BriefOptions(GENERATED, "Indiana"));

		assertThat(pdf.pages()).isEqualTo(2);
		// One shortening: 6 of the 41 articles are named (the seed's and the first five), 35 are counted.
		assertThat(pdf.flatText()).contains("$50,250", "May 2024", "Page 2 of 2", "Skills", "Where they work",
				"What sources say", "Sources and citation", "Suggested citation", "O*NET",
				"And 35 more articles, listed with their claims in the analyst workbook",
				"Career Blog 5,").doesNotContain("Career Blog 6,");
		assertThat(pdf.flatText()).containsPattern("Certifications: .* and \\d+ more\\.")
			.containsPattern("Articles also mention: .* and \\d+ more\\.");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aBriefThatCannotFitIsStillWrittenAndTheLogNamesIt(CapturedOutput log) throws Exception {
		BriefPdf pdf = write(BriefReports.overlongDescription(), BriefOptions.on(GENERATED));

		assertThat(pdf.pages()).isGreaterThan(2);
		assertThat(log.getAll()).contains("Brief 29-2072-medical-records-specialists.pdf is " + pdf.pages()
				+ " pages even with its lists at their shortest (limit 2)");
	}

	@Test
	void topCodedPayPrintsAsAtLeast() throws Exception {
		String text = write(BriefReports.anesthesiologists(), BriefOptions.on(GENERATED)).flatText();

		assertThat(text).contains("≥ $239,200 per year", "≥ $115.00 per hour");
		assertThat(text).contains("the highest 10 percent earned ≥ $239,200").doesNotContain("at least ≥");
	}

	@Test
	void aTopCodedMedianIsNotChartedOrComparedAsIfExact() throws Exception {
		// 29-1212: every median of May 2021–2024 is "#", the top-code ($208,000, then $239,200), not the median.
		String text = write(BriefReports.cardiologists(), BriefOptions.on(GENERATED)).flatText();

		assertThat(text).contains("The median annual wage was at least $239,200 in May 2024 (BLS publishes no exact figure "
				+ "above its top-code): half of workers earned $239,200 or more.", "The average (mean) was $432,490.")
				.doesNotContain("pulled above the median");
		assertThat(text).contains("Median pay over time (national, per year) In every year with a figure, 2021 to 2024, BLS "
				+ "published the median only as its top-code (≥ $208,000, ≥ $239,200), not an exact figure, so no line is drawn.");
		// The chart's gridline labels: no chart, so none.
		assertThat(text).doesNotContain("$200k", "$240k");
	}

	@Test
	void aTopCodedQuartileLeavesTheMiddleHalfUnlabelledRatherThanOverTheEndLabels() throws Exception {
		// 29-1212, May 2024: the 25th percentile is $230,100, the 75th "#": the middle half runs past the bar's end.
		String text = write(BriefReports.cardiologists(), BriefOptions.on(GENERATED)).flatText();

		assertThat(text).contains("$119,970 Lowest 10% earn less ≥ $239,200 Top 10% earn at least").doesNotContain("middle half");
		assertThat(write(BriefReports.medicalRecords(), BriefOptions.on(GENERATED)).flatText()).contains("middle half");
	}

	@Test
	void briefWithoutArticlesOrProjectionsKeepsEveryOfficialSectionAndNoEmptyOnes() throws Exception {
		BriefPdf pdf = write(BriefReports.officialOnly(), BriefOptions.on(GENERATED));
		String text = pdf.flatText();

		assertThat(text).contains("$50,250 per year", "What they do", "Pay", "Sources and citation");
		assertThat(text).doesNotContain("What sources say", "Job outlook", "Career ladder", "Skills", "Where they work");
		assertThat(pdf.outline()).doesNotContain("What sources say");
		assertThat(text).contains("O*NET 29.2 Database", "CC BY 4.0");
	}

	private BriefPdf write(OccupationReport report, BriefOptions options) throws Exception {
		return BriefPdf.read(new BriefWriter(options).write(report, briefs));
	}
}
