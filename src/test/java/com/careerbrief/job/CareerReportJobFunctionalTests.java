package com.careerbrief.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs careerReportJob end to end on the shipped {@code input/}, through the same entry point as the
 * command line, and checks what an analyst and a counselor would look at.
 */
class CareerReportJobFunctionalTests {

	@TempDir
	static Path work;

	static Path output;

	static int exitCode;

	static String log;

	static String firstRunLog;

	/** Indiana editions of the briefs as well: the only run where state editions of real reports are written. */
	static final String STATES = "--states=IN";

	@BeforeAll
	static void runJobOnShippedInput() {
		output = work.resolve("output");
		exitCode = run(output, work.resolve("state"), STATES);
		firstRunLog = log;
	}

	static int run(Path out, Path state, String... extra) {
		InProcessRun.Result result = InProcessRun.run(Path.of("input"), out, state, extra);
		log = result.log();
		return result.exitCode();
	}

	/** The digest of today's outputs on the shipped input, kept to check that refactoring changes nothing. */
	static final Path GOLDEN = Path.of("src/test/resources/golden/shipped-input.digest");

	/**
	 * Every sheet's cells, every brief's text and every occupation page, on the shipped input, against
	 * the golden copy (run id and run date aside). A change that is meant to alter what users see
	 * regenerates it with {@code -Dcareerbrief.golden.update=true} and says why in its commit.
	 */
	@Test
	void outputsMatchTheGoldenCopy() throws Exception {
		LocalDate today = LocalDate.now();
		Map<String, String> actual = OutputDigest.golden(output, List.of(today.minusDays(1), today));
		List<String> lines = actual.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).toList();
		if (Boolean.getBoolean("careerbrief.golden.update")) {
			Files.createDirectories(GOLDEN.getParent());
			Files.write(GOLDEN, lines);
		}
		Path written = Path.of("target/golden-actual.digest");
		Files.createDirectories(written.getParent());
		Files.write(written, lines);
		assertThat(lines).as("outputs on the shipped input differ from %s (this run's digest: %s)", GOLDEN, written)
			.containsExactlyElementsOf(Files.readAllLines(GOLDEN));
	}

	@Test
	void runSucceedsAndPublishesTheWorkbookAndOneBriefPerOccupation() throws Exception {
		assertThat(exitCode).isZero();
		assertThat(output.resolve("careerbrief.xlsx")).isRegularFile();
		try (Stream<Path> briefs = Files.list(output.resolve("briefs"))) {
			assertThat(briefs.filter(b -> !b.toString().endsWith("-in.pdf")).count()).isBetween(800L, 900L);
		}
		assertThat(Files.isSymbolicLink(output.resolve("latest"))).isTrue();
	}

	@Test
	void occupationsSheetHoldsTheMay2024MedianOfMedicalRecordsSpecialistsAsANumber() throws Exception {
		StreamedSheet sheet = StreamedSheet.read(output.resolve("careerbrief.xlsx"), "Occupations");
		List<StreamedSheet.Cell> row = sheet.rowStartingWith("29-2072");
		StreamedSheet.Cell median = row.get(sheet.column("Median annual wage"));
		assertThat(median.numeric()).isTrue();
		assertThat(Double.parseDouble(median.value())).isEqualTo(50250.0);
		assertThat(row.get(sheet.column("Wage period")).value()).isEqualTo("May 2024");
	}

	@Test
	void aboutSheetGivesWhenTheRunStartedNotWhenItsWorkbookDid() throws Exception {
		StreamedSheet about = StreamedSheet.read(output.resolve("careerbrief.xlsx"), "About");
		Instant started = about.rows.stream().filter(r -> r.size() > 2 && r.get(1).value().equals("Started (UTC)"))
			.map(r -> Instant.parse(r.get(2).value())).findFirst().orElseThrow();
		String ingestDone = firstRunLog.lines().filter(l -> l.contains("Step ingestTables COMPLETED")).findFirst().orElseThrow();

		assertThat(started).isBefore(Instant.parse(ingestDone.substring(0, ingestDone.indexOf(' '))));
	}

	/**
	 * The conclusions at the end of shared/spec/seed-claims.md, as the real run states them in the Claims
	 * sheet: each seed figure (by its value) with its verdicts and the words of its reason.
	 */
	@ParameterizedTest(name = "seed claim {0}: {1}")
	@CsvSource(delimiter = ';', value = { "7; 50250; MATCHES; median pay in May 2024",
			"10; 37110; MISLABELLED_STATISTIC, OUTDATED; Employment Projections 2014–24",
			"10; 37110; OUTDATED; In 2024 dollars (CPI-U), $37,110 of 2015 is about $49,100",
			"11; 61400; OUTDATED; today's 90th percentile is $80,950 (May 2024)",
			"12; 24190; OUTDATED; today's 10th percentile is $35,780 (May 2024)",
			"4; 44324; CONFLICTS; 21% below the May 2024 mean of $55,970",
			"2; 45000; MATCHES; holds today's median of $50,250",
			"3; 37000; MATCHES; understates top pay", "5; 57500; OUTDATED; today's 90th percentile is $80,950",
			"6; 28500; DIFFERENT_SCOPE; hybrid code 29-2098", "1; 0.09; SUPERSEDED; +7.1% (projected employment change for 2024–34)",
			"8; 0.13; ROUNDED, SUPERSEDED; +13.5% (BLS Employment Projections 2016–26",
			"9; 28000; ROUNDED, SUPERSEDED; 27,800 (BLS Employment Projections 2016–26" })
	void claimsSheetStatesEachSeedConclusionWithItsVerdictAndReason(int seed, String value, String verdicts,
			String reasonWords) throws Exception {
		List<StreamedSheet.Cell> row = seedFigureClaims().stream()
			.filter(r -> Double.parseDouble(r.get(claims.column("Value")).value()) == Double.parseDouble(value))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No claim of value " + value + " (seed claim " + seed + ")"));
		for (String verdict : verdicts.split(",\\s*")) {
			assertThat(row.get(claims.column("Verdicts")).value()).contains(verdict);
		}
		assertThat(row.get(claims.column("Reasons")).value()).contains(reasonWords);
		assertThat(row.get(claims.column("Quote")).value()).isNotBlank();
	}

	private static StreamedSheet claims;

	private static List<List<StreamedSheet.Cell>> seedFigureClaims() throws Exception {
		if (claims == null) {
			claims = StreamedSheet.read(output.resolve("careerbrief.xlsx"), "Claims");
		}
		int document = claims.column("Document");
		int kind = claims.column("Kind");
		return claims.rows.stream()
			.skip(1)
			.filter(r -> r.size() > kind && r.get(document).value().contains("medical-records-technician")
					&& r.get(kind).value().equals("figure"))
			.toList();
	}

	@Test
	void claimsSheetStatesEachArticleFigureInWordsNotCodes() throws Exception {
		List<String> statements = seedFigureClaims().stream().map(r -> r.get(claims.column("Statement")).value()).toList();
		assertThat(statements).contains("average (“national average salary”) $44,324 (as of 2025, United States)",
				"pay of the top 10% (“top 10%”) $61,400 (none stated (document c. 2017), United States)",
				"projected employment change (“projected to grow”) +9% (2023–33, United States)")
			.noneMatch(s -> s.contains("USD_PER_YEAR") || s.contains("WAGE ") || s.contains("PERCENT"));
	}

	@Test
	void claimsSheetExplainsThatTheArticlesAverageWasThe2015Median() throws Exception {
		StreamedSheet claims = StreamedSheet.read(output.resolve("careerbrief.xlsx"), "Claims");
		assertThat(claims.rows).anySatisfy(row -> assertThat(row.stream().map(StreamedSheet.Cell::value))
			.anySatisfy(v -> assertThat(v).contains("$37,110").contains("2015").contains("$50,250")));
	}

	@Test
	void statesSheetShowsBothOfficialNewYorkFiguresWithTheirSources() throws Exception {
		// BLS OEWS May 2023 New York mean 60,510 and New York State DOL mean 57,529 for 29-2072 (seed-claims.md).
		StreamedSheet states = StreamedSheet.read(output.resolve("careerbrief.xlsx"), "States",
				row -> row.stream().anyMatch(c -> c.value().equals("29-2072"))
						&& row.stream().anyMatch(c -> c.value().equals("New York")));
		assertThat(states.rows.stream().skip(1).flatMap(List::stream).filter(StreamedSheet.Cell::numeric)
			.map(c -> Double.parseDouble(c.value()))).contains(60510.0, 57529.0);
	}

	@Test
	void rejectedSheetListsTheBroadRowsSetAsideWithTheirReason() throws Exception {
		StreamedSheet rejected = StreamedSheet.read(output.resolve("careerbrief.xlsx"), "Rejected input");
		assertThat(rejected.rows).anySatisfy(row -> assertThat(row.stream().map(StreamedSheet.Cell::value))
			.anySatisfy(v -> assertThat(v).containsIgnoringCase("broad")));
	}

	@Test
	void briefOfMedicalRecordsSpecialistsShowsTheMedianAndItsDate() throws Exception {
		Path brief = output.resolve("briefs").resolve("29-2072-medical-records-specialists.pdf");
		try (PDDocument pdf = Loader.loadPDF(brief.toFile())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("$50,250").contains("May 2024").contains("29-2072");
		}
	}

	@Test
	void briefOfMedicalRecordsSpecialistsCarriesTheAcceptanceFigures() throws Exception {
		String text = briefText("29-2072-medical-records-specialists.pdf");
		assertThat(text).contains("$50,250", "May 2024", "Job outlook, 2024–2034 +7.1%");
		assertThat(text).containsPattern("RHIT — Registered Health Information Technician[^•]*AHIMA");
		// The article's $37,110 "average" is the 2015 median (EP 2014–24), set against today's.
		assertThat(text).contains("An article says the average is $37,110. That was the median pay in 2015")
			.contains("today's median is $50,250 (May 2024)");
		// The article says Indiana's pay aligns with the national range: the national brief shows Indiana's figure.
		assertThat(text).contains("Indiana (named in an article) $48,220");
		assertThat(text).contains("Outlook for 2026”, by Imed Bouchrika, PhD, undated (about 2026, inferred from its text)");
		// Each source's vintage is said once, in brackets after its title.
		assertThat(text).contains("Washington State Employment Security Department, Occupational Employment and Wage "
				+ "Statistics, Washington (2022).").doesNotContain("2022 (2022)")
			.contains("SOC 2010 to 2018 crosswalk (November 2017)")
			// The description and tasks come from other O*NET files than the titles: the credit names the database.
			.contains("This brief includes information from the O*NET 29.2 Database by the U.S. Department of Labor, "
					+ "Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license.");
		// New York and Washington each have two official figures that disagree: both, with their vintages.
		assertThat(text).contains("Official sources differ for New York: BLS mean $60,510 (May 2023); New York State "
				+ "Department of Labor mean $57,529 (year not stated)")
			.contains("Washington: BLS mean $64,250 (May 2023); Washington State Employment Security Department mean "
					+ "$54,980 (2022)");
	}

	@Test
	void briefOfMedicalRecordsSpecialistsReadsAsACounselorWouldSayIt() throws Exception {
		String text = briefText("29-2072-medical-records-specialists.pdf");
		// Courses and internship settings are not credentials: each list gets its own line, each item named
		// without its explanation.
		assertThat(text).doesNotContain("internship setting", "Opportunities here", "coursework:")
			.contains("Coursework: Introduction to health information systems; Medical Coding;")
			.contains("Internships: Hospitals and large clinics; Insurance companies and government agencies; Nonprofit "
					+ "health organizations and corporate healthcare providers.");
		// The article wrote the accreditor's name, never "CAHIIM": the brief does not show the extractor's note.
		assertThat(text).contains("Accreditation: Commission on Accreditation for Health Informatics and Information "
				+ "Management.").doesNotContain("acronym formed");
		assertThat(text).contains("To keep it: 20 hours of continuing education after two years.");
		// The career ladder's steps are the article's sentences, so they end as sentences.
		assertThat(text).contains("managing electronic health records. These positions usually require");
		// $28,800 to the nearest $500 is $29,000: the article's $28,500 was rounded down.
		assertThat(text).contains("An article says entry-level pay is $28,500. Rounded down, that was the 10th percentile "
				+ "pay in May 2020: $28,800");
	}

	@Test
	void indianaEditionLeadsWithTheMay2023IndianaMean() throws Exception {
		// state_M2023: Indiana 29-2072 annual mean $48,220; national_M2023: U.S. mean $53,690.
		String text = briefText("29-2072-medical-records-specialists-in.pdf");
		assertThat(text).startsWith("Medical Records Specialists in Indiana")
			.contains("Mean pay in Indiana, May 2023 $48,220 per year 10% below the U.S. mean of $53,690 (May 2023)")
			.contains("Indiana (featured) $48,220");
	}

	@Test
	void everyWrittenBriefFitsTwoPagesWithEmbeddedFonts() throws Exception {
		List<Path> briefs;
		try (Stream<Path> files = Files.list(output.resolve("briefs"))) {
			briefs = files.sorted().toList();
		}
		assertThat(briefs).hasSizeGreaterThan(800);
		for (Path brief : briefs) {
			// Only the page count, the font dictionaries and the title are read: a few milliseconds per brief.
			try (PDDocument pdf = Loader.loadPDF(brief.toFile())) {
				assertThat(pdf.getNumberOfPages()).as(brief.getFileName() + " pages").isBetween(1, 2);
				for (var page : pdf.getPages()) {
					for (var name : page.getResources().getFontNames()) {
						assertThat(page.getResources().getFont(name).isEmbedded())
							.as(brief.getFileName() + " font " + name + " embedded").isTrue();
					}
				}
				assertThat(pdf.getDocumentInformation().getTitle()).as(brief.getFileName() + " title").isNotBlank();
			}
		}
	}

	private static String briefText(String file) throws Exception {
		try (PDDocument pdf = Loader.loadPDF(output.resolve("briefs").resolve(file).toFile())) {
			return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
	}

	@Test
	void eachStepPrintsItsCounts() {
		assertThat(firstRunLog).containsPattern("Step ingestTables COMPLETED: read \\d+, written \\d+, filtered \\d+, rejected \\d+");
		assertThat(firstRunLog).contains("Step writeBriefs COMPLETED");
	}

	@Test
	void aFreshRunTakesWhatItsIngestStagedWithoutReadingItBack() {
		// The golden comparison of this run's outputs then covers the figures and texts kept in memory.
		assertThat(firstRunLog).containsPattern("Staged tables taken from this execution's ingest \\(\\d+ figures, \\d+ texts\\), not read back")
			.doesNotContain("Staged tables read from staging");
	}

	@Test
	void aSecondLaunchWithUnchangedInputsDoesNoWork() throws Exception {
		long runsBefore = runFolders();
		int second = run(output, work.resolve("state"), STATES);
		assertThat(second).isZero();
		assertThat(log).contains("Up to date: outputs of run");
		assertThat(runFolders()).isEqualTo(runsBefore);
	}

	@Test
	void historyListsTheCompletedRunWithItsFingerprintAndPublishedFolder() {
		int exit = run(output, work.resolve("state"), "--history");
		assertThat(exit).isZero();
		assertThat(log).containsPattern("(?m)^1 +\\d+ +COMPLETED +\\d{4}-\\d\\d-\\d\\d [\\d:]+ +[\\d.]+ +[0-9a-f]{16} +.*runs/1 \\(latest\\)$");
	}

	private static long runFolders() throws Exception {
		try (Stream<Path> runs = Files.list(output.resolve("runs"))) {
			return runs.count();
		}
	}

}
