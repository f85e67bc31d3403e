package com.careerbrief.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


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

	@BeforeAll
	static void runJobOnShippedInput() {
		output = work.resolve("output");
		exitCode = run(output, work.resolve("state"));
		firstRunLog = log;
	}

	static int run(Path out, Path state, String... extra) {
		InProcessRun.Result result = InProcessRun.run(Path.of("input"), out, state, extra);
		log = result.log();
		return result.exitCode();
	}

	@Test
	void runSucceedsAndPublishesTheWorkbookAndOneBriefPerOccupation() throws Exception {
		assertThat(exitCode).isZero();
		assertThat(output.resolve("careerbrief.xlsx")).isRegularFile();
		try (Stream<Path> briefs = Files.list(output.resolve("briefs"))) {
			assertThat(briefs.count()).isBetween(800L, 900L);
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
	void claimsSheetExplainsThatTheArticlesAverageWasThe2015Median() throws Exception {
		StreamedSheet claims = StreamedSheet.read(output.resolve("careerbrief.xlsx"), "Claims");
		assertThat(claims.rows).anySatisfy(row -> assertThat(row.stream().map(StreamedSheet.Cell::value))
			.anySatisfy(v -> assertThat(v).contains("$37,110").contains("2015").contains("$50,250")));
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
	void eachStepPrintsItsCounts() {
		assertThat(firstRunLog).containsPattern("Step ingestTables COMPLETED: read \\d+, written \\d+, filtered \\d+, rejected \\d+");
		assertThat(firstRunLog).contains("Step writeBriefs COMPLETED");
	}

	@Test
	void aSecondLaunchWithUnchangedInputsDoesNoWork() throws Exception {
		long runsBefore = runFolders();
		int second = run(output, work.resolve("state"));
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
