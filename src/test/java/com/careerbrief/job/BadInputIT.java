package com.careerbrief.job;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.SAXParserFactory;

import com.careerbrief.ingest.document.TestDocuments;
import com.careerbrief.run.OutputPublisher;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped input with a folder of broken files beside it, of the kinds a real download folder
 * holds (truncated, re-encoded, mislabelled, hand-edited, linked from elsewhere), run with the packaged
 * jar next to a run of the shipped input alone: the real figures and every brief stay the same, each
 * broken file is named with its reason, no impossible year and no value of a set-aside row reaches a
 * figure, and nothing from outside the input folder appears in any output.
 */
class BadInputIT {

	private static final Path INPUT = Path.of("input").toAbsolutePath();

	/** Written in the rows and files that must never be read; found in an output, it leaked. */
	private static final String SECRET = "OUTSIDE-SECRET-7f3a";

	private static final List<String> SENTINELS = List.of("99,991", "99991", "88,881", "88881", "77,771", "77771",
			SECRET);

	/** A sentinel as a whole number: not a part of 177,771 or of 0.999912. */
	private static final List<Pattern> SENTINEL_PATTERNS = SENTINELS.stream()
		.map(v -> Pattern.compile("(?<![\\d.,])" + Pattern.quote(v) + "(?![\\d]|[.,]\\d)"))
		.toList();

	/** The sheets that list set-aside input, where broken files are supposed to show. */
	private static final List<String> INPUT_SHEETS = List.of("sheet Input accounting", "sheet Rejected input");

	@TempDir
	static Path work;

	static Map<String, String> clean;

	static Map<String, String> broken;

	static Output cleanText;

	static Output brokenText;

	/** Broken entry (path relative to input/) → the start of the reason the Rejected input sheet gives. */
	static final Map<String, String> EXPECTED = new TreeMap<>();

	@BeforeAll
	static void runTheShippedInputWithAndWithoutTheBrokenFiles() throws Exception {
		Path cleanInput = copy(INPUT, work.resolve("clean/input"));
		Path brokenInput = copy(INPUT, work.resolve("broken/input"));
		writeBrokenFiles(brokenInput, Files.createDirectories(work.resolve("broken/elsewhere")));
		cleanText = run(cleanInput, work.resolve("clean"));
		brokenText = run(brokenInput, work.resolve("broken"));
		clean = cleanText.digests;
		broken = brokenText.digests;
	}

	private static Output run(Path input, Path folder) throws Exception {
		Path output = folder.resolve("output");
		JarRun run = JarRun.start(input, output, folder.resolve("state"));
		assertThat(run.awaitExit()).as(run.log()).isZero();
		return Output.read(output);
	}

	@Test
	void everyBriefAndEveryFigureSheetIsTheSameAsWithoutTheBrokenFiles() {
		assertThat(broken.keySet().stream().filter(k -> k.startsWith("brief "))).hasSize(831);
		Map<String, String> cleanShown = new TreeMap<>(clean);
		Map<String, String> brokenShown = new TreeMap<>(broken);
		INPUT_SHEETS.forEach(cleanShown::remove);
		INPUT_SHEETS.forEach(brokenShown::remove);
		assertThat(brokenShown).isEqualTo(cleanShown);
	}

	@Test
	void eachBrokenFileIsNamedWithItsOwnReason() {
		Map<String, String> reasons = brokenText.rejectedReasons;
		EXPECTED.forEach((file, reason) -> assertThat(reasons.get(file)).as(file).isNotNull().startsWith(reason));
	}

	@Test
	void noYearAfterTheRunDateAppearsAnywhereButInTheReasonsThatRejectIt() {
		// Projections name later years (2024–34); the broken files add no year, and no place a year shows in.
		assertThat(brokenText.futureYears).isEqualTo(cleanText.futureYears);
	}

	@Test
	void noValueOfASetAsideRowAndNothingFromOutsideTheInputFolderReachesAnyOutput() {
		// A sentinel may occur in a real run by chance (a computed $77,771 in a reason): what matters is that the
		// broken files add no occurrence anywhere, and that the outside marker shows nowhere at all.
		assertThat(brokenText.sentinels).isEqualTo(cleanText.sentinels);
		assertThat(brokenText.sentinels).noneMatch(found -> found.contains(SECRET));
		assertThat(brokenText.about).doesNotContain(SECRET).doesNotContain("elsewhere");
	}

	// The broken files

	private static void writeBrokenFiles(Path input, Path elsewhere) throws Exception {
		Path broken = Files.createDirectories(input.resolve("zz-broken"));
		Path documents = Files.createDirectories(input.resolve("documents/zz-broken"));
		String national = Files.readString(INPUT.resolve("oews/national/national_M2024_dl.csv"));
		String[] lines = national.split("\n");

		// Outside the input folder: a readable table and article, each full of values that must never show.
		Files.writeString(elsewhere.resolve("secret.csv"), "source,url,publisher,published_date,occupation,area,"
				+ "statistic,value,unit,reference_period\n" + SECRET + ",https://example.org,x,2024-06,29-2072,"
				+ "United States,MEDIAN,\"$77,771\",USD_PER_YEAR,2024\n");
		Files.writeString(elsewhere.resolve("secret-article.txt"), DocumentIdentityRunTests.article("$77,771") + " " + SECRET);
		link(broken.resolve("linked-table.csv"), elsewhere.resolve("secret.csv"), "link to a target outside the input folder");
		link(broken.resolve("linked-folder"), elsewhere, "link to a target outside the input folder");
		link(documents.resolve("linked-article.txt"), elsewhere.resolve("secret-article.txt"),
				"link to a target outside the input folder");
		link(broken.resolve("dangling.csv"), broken.resolve("deleted.csv"), "dangling link: its target does not exist");
		link(documents.resolve("dangling.txt"), elsewhere.resolve("never.txt"), "dangling link: its target does not exist");

		// Partial national files: a slice named like a newer survey, and a slice of the same year.
		write(input, "zz-broken/national_M2025_dl.csv", slice(lines, 72), "partial national survey: covers ");
		write(input, "zz-broken/national_M2024_dl (1).csv", slice(lines, 40), "partial national survey: covers ");

		// Odd names, which once vanished without a word: each ends in the accounting like any file.
		write(input, "zz-broken/oews%2fnational_M2024_dl.csv", "Occupation;Pay\nNurses;99991\n".getBytes(StandardCharsets.UTF_8),
				"layout not recognised");
		write(input, "zz-broken/wages (copy) #2 ü.csv", "Occupation;Pay\nNurses;99991\n".getBytes(StandardCharsets.UTF_8),
				"layout not recognised");

		// Documents that are no article, or not what their name says.
		write(input, "documents/zz-broken/pdf-named-txt.txt", TestDocuments.pdf(DocumentIdentityRunTests.article("$99,991")),
				"document not read: content is a PDF document");
		write(input, "documents/zz-broken/gzip-named-html.html", TestDocuments.gzip(DocumentIdentityRunTests.article("$99,991")),
				"document not read: content is gzip-compressed data");
		byte[] docx = TestDocuments.docx(DocumentIdentityRunTests.article("$99,991"));
		write(input, "documents/zz-broken/cut.docx", java.util.Arrays.copyOf(docx, docx.length / 2),
				"document not read: corrupt .docx");
		write(input, "documents/zz-broken/not-found.html", ("<html><head><title>404 Not Found</title></head><body><h1>Not"
				+ " Found</h1><p>The requested URL was not found on this server.</p></body></html>").getBytes(StandardCharsets.UTF_8),
				"document set aside: an error page");
		write(input, "documents/zz-broken/gone.txt", ("Page not found. The page you are looking for no longer exists;"
				+ " it may have moved. Median pay $99,991.").getBytes(StandardCharsets.UTF_8), "document set aside: an error page");
		write(input, "documents/zz-broken/espanol.txt", ("Los técnicos de registros médicos organizan y gestionan los datos"
				+ " de información de salud. Se aseguran de que la información sea precisa, accesible y segura tanto en"
				+ " archivos de papel como en sistemas electrónicos. Según esta guía, ganan un salario medio de $99,991 al"
				+ " año y la mayoría trabaja en hospitales y consultorios médicos.").getBytes(StandardCharsets.UTF_8),
				"document set aside: not English");
		write(input, "documents/zz-broken/stub.md", "# Medical records technician\n\nComing soon.".getBytes(StandardCharsets.UTF_8),
				"document set aside: no article text");
	}

	/** The header and the first rows of the 2024 national file, as a cut-short download holds them. */
	private static byte[] slice(String[] lines, int rows) {
		return (String.join("\n", List.of(lines).subList(0, rows)) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	private static void write(Path input, String name, byte[] bytes, String reason) throws Exception {
		Files.write(input.resolve(name), bytes);
		EXPECTED.put(name, reason);
	}

	private static void link(Path link, Path target, String reason) throws Exception {
		Files.createSymbolicLink(link, target);
		EXPECTED.put(link.toString().substring(link.toString().indexOf("/input/") + "/input/".length()), reason);
	}

	private static Path copy(Path from, Path to) throws Exception {
		FileSystemUtils.copyRecursively(from, to);
		return to;
	}

	/** What a user could read in a run's outputs, gathered in one pass over the workbook and the briefs. */
	static final class Output {

		/** A year as a date shows it: not the end of a SOC code (29-2072) nor a part of a larger number. */
		private static final Pattern FUTURE = Pattern.compile("(?<![\\d\\-–/.,$])(20[2-9]\\d)(?![\\d,.%]\\d?)");

		final Map<String, String> digests;

		final Map<String, String> rejectedReasons = new HashMap<>();

		/** Years after the run date, with every sheet or brief they were seen in. */
		final Map<String, java.util.Set<String>> futureYears = new TreeMap<>();

		/** Where a sentinel value was found, outside the sheets that list set-aside input. */
		final List<String> sentinels = new ArrayList<>();

		final StringBuilder about = new StringBuilder();

		private Output(Map<String, String> digests) {
			this.digests = digests;
		}

		static Output read(Path output) throws Exception {
			Output out = new Output(OutputDigest.of(output));
			out.scanWorkbook(output.resolve(OutputPublisher.WORKBOOK));
			try (Stream<Path> briefs = Files.list(output.resolve(OutputPublisher.BRIEFS))) {
				for (Path brief : briefs.sorted().toList()) {
					try (PDDocument pdf = Loader.loadPDF(brief.toFile())) {
						out.scan("brief " + brief.getFileName(), new PDFTextStripper().getText(pdf));
					}
				}
			}
			return out;
		}

		private void scan(String where, String text) {
			int runYear = LocalDate.now().getYear();
			Matcher years = FUTURE.matcher(text);
			while (years.find()) {
				if (Integer.parseInt(years.group(1)) > runYear) {
					futureYears.computeIfAbsent(years.group(1), k -> new TreeSet<>()).add(where);
				}
			}
			SENTINEL_PATTERNS.stream().filter(p -> p.matcher(text).find()).forEach(p -> sentinels.add(p + " in " + where));
		}

		private void scanWorkbook(Path file) throws Exception {
			try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
				XSSFReader reader = new XSSFReader(pkg);
				SharedStrings strings = reader.getSharedStringsTable();
				XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
				while (it.hasNext()) {
					try (InputStream in = it.next()) {
						String sheet = it.getSheetName();
						SAXParserFactory.newInstance().newSAXParser().parse(in, new SheetCellHandler(strings) {

							final List<String> row = new ArrayList<>();

							@Override
							void row() {
								flush(sheet, row);
							}

							@Override
							void cell(String ref, String type, String value) {
								row.add(value);
							}

							@Override
							public void endDocument() {
								flush(sheet, row);
							}
						});
					}
				}
			}
		}

		private void flush(String sheet, List<String> row) {
			if (row.isEmpty()) {
				return;
			}
			if (sheet.equals("Rejected input") && row.size() >= 4) {
				rejectedReasons.putIfAbsent(row.get(0), row.get(3));
			}
			if (sheet.equals("About")) {
				about.append(String.join(" | ", row)).append('\n');
			}
			if (!INPUT_SHEETS.contains("sheet " + sheet)) {
				scan("sheet " + sheet, String.join(" | ", row));
			}
			row.clear();
		}

		@Override
		public String toString() {
			return new TreeSet<>(rejectedReasons.keySet()).toString();
		}
	}

}
