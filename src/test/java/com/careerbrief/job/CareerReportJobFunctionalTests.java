package com.careerbrief.job;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.careerbrief.CareerBriefApplication;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;

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
		String[] args = Stream.concat(Stream.of("--input=input", "--output=" + out, "--state=" + state), Stream.of(extra))
			.toArray(String[]::new);
		PrintStream original = System.out;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setOut(new PrintStream(new TeeStream(original, captured), true));
		try {
			return SpringApplication.exit(SpringApplication.run(CareerBriefApplication.class, args));
		}
		finally {
			System.setOut(original);
			log = captured.toString();
		}
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
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(output.resolve("careerbrief.xlsx")))) {
			Sheet sheet = workbook.getSheet("Occupations");
			int medianColumn = column(sheet.getRow(0), "Median");
			Row row = rowOf(sheet, "29-2072");
			Cell median = row.getCell(medianColumn);
			assertThat(median.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(median.getNumericCellValue()).isEqualTo(50250.0);
			assertThat(workbook.getSheet("Claims")).isNotNull();
			assertThat(workbook.getSheet("Rejected input")).isNotNull();
		}
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

	private static long runFolders() throws Exception {
		try (Stream<Path> runs = Files.list(output.resolve("runs"))) {
			return runs.count();
		}
	}

	static int column(Row header, String title) {
		for (Cell cell : header) {
			if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith(title)) {
				return cell.getColumnIndex();
			}
		}
		throw new AssertionError("No column '" + title + "' in " + header.getSheet().getSheetName());
	}

	static Row rowOf(Sheet sheet, String soc) {
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && first.getCellType() == CellType.STRING && soc.equals(first.getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("No row for " + soc + " in " + sheet.getSheetName());
	}

	/** Copies console output so the test can read the run log while a person still sees it. */
	private static final class TeeStream extends java.io.OutputStream {

		private final java.io.OutputStream a;

		private final java.io.OutputStream b;

		TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
			this.a = a;
			this.b = b;
		}

		@Override
		public void write(int c) throws java.io.IOException {
			a.write(c);
			b.write(c);
		}

		@Override
		public void write(byte[] buf, int off, int len) throws java.io.IOException {
			a.write(buf, off, len);
			b.write(buf, off, len);
		}

	}

}
