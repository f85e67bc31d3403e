package com.careerbrief.job;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.SAXParserFactory;

import com.careerbrief.run.OutputPublisher;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;

/**
 * What a user sees in a run's outputs, reduced to comparable digests: for each workbook sheet (but
 * About, which names the run and its times) its row count and a hash of every cell's value and type,
 * and for each brief a hash of its text. Two runs on the same input must give equal digests.
 */
final class OutputDigest {

	private OutputDigest() {
	}

	static Map<String, String> of(Path output) throws Exception {
		Map<String, String> digests = new TreeMap<>(workbook(output.resolve(OutputPublisher.WORKBOOK), false));
		digests.putAll(briefs(output, text -> text, 64));
		return digests;
	}

	/**
	 * The digest a golden copy is compared with: as {@link #of} (briefs with the run date masked and their white
	 * space collapsed), plus
	 * the About sheet without its Run rows (run id and times), and each occupation page the portal reads.
	 * Hashes are cut to 16 hex digits to keep the golden file short.
	 */
	static Map<String, String> golden(Path output, List<LocalDate> runDates) throws Exception {
		Map<String, String> digests = new TreeMap<>(workbook(output.resolve(OutputPublisher.WORKBOOK), true));
		// White space collapsed: a run date of another width moves the line breaks after it, not the words.
		digests.putAll(briefs(output, text -> masked(text, runDates).replaceAll("\\s+", " "), 16));
		try (Stream<Path> pages = Files.list(output.resolve("latest").resolve("occupations"))) {
			for (Path page : pages.sorted().toList()) {
				digests.put("page " + page.getFileName(), sha256(masked(Files.readString(page), runDates)).substring(0, 16));
			}
		}
		return digests;
	}

	/** Each brief's text, as {@code prepared} leaves it, hashed (the first {@code hexDigits} of its SHA-256). */
	private static Map<String, String> briefs(Path output, UnaryOperator<String> prepared, int hexDigits)
			throws Exception {
		Map<String, String> digests = new TreeMap<>();
		try (Stream<Path> briefs = Files.list(output.resolve(OutputPublisher.BRIEFS))) {
			for (Path brief : briefs.sorted().toList()) {
				try (PDDocument pdf = Loader.loadPDF(brief.toFile())) {
					String text = prepared.apply(new PDFTextStripper().getText(pdf));
					digests.put("brief " + brief.getFileName(),
							sha256(text).substring(0, hexDigits) + " (" + pdf.getNumberOfPages() + " pages)");
				}
			}
		}
		return digests;
	}

	/**
	 * The text with each run date (as briefs print it, and ISO) replaced by "<run date>". A brief may wrap a
	 * date over two lines ("generated December 1,\n2026"), so any white space may separate its words.
	 */
	private static String masked(String text, List<LocalDate> runDates) {
		for (LocalDate date : runDates) {
			String printed = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US).format(date);
			String anySpace = String.join("\\s+", java.util.Arrays.stream(printed.split(" ")).map(Pattern::quote).toList());
			text = Pattern.compile(anySpace).matcher(text).replaceAll("<run date>").replace(date.toString(), "<run date>");
		}
		return text;
	}

	private static Map<String, String> workbook(Path file, boolean withAbout) throws Exception {
		Map<String, String> sheets = new TreeMap<>();
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			SharedStrings strings = reader.getSharedStringsTable();
			XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (it.hasNext()) {
				try (InputStream in = it.next()) {
					boolean about = it.getSheetName().equals("About");
					if (!about || withAbout) {
						SheetHasher hasher = new SheetHasher(strings, about);
						SAXParserFactory.newInstance().newSAXParser().parse(in, hasher);
						sheets.put("sheet " + it.getSheetName(), hasher.rows + " rows " + hasher.hex());
					}
				}
			}
		}
		return sheets;
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	/** Hashes cell references, types and values (shared strings resolved) as the sheet streams by. */
	private static final class SheetHasher extends SheetCellHandler {

		private final MessageDigest digest;

		private long rows;

		/** About: the rows whose first cell is "Run" (run id, start and write times) are left out. */
		private final boolean about;

		private boolean runRow;

		SheetHasher(SharedStrings strings, boolean about) throws Exception {
			super(strings);
			this.digest = MessageDigest.getInstance("SHA-256");
			this.about = about;
		}

		@Override
		void row() {
			rows++;
			runRow = false;
		}

		@Override
		void cell(String ref, String type, String value) {
			if (about && ref.startsWith("A") && !Character.isLetter(ref.charAt(1))) {
				runRow = value.equals("Run");
			}
			if (runRow) {
				return;
			}
			digest.update((ref + "|" + type + "|" + value + "\n").getBytes(StandardCharsets.UTF_8));
		}

		String hex() {
			return HexFormat.of().formatHex(digest.digest());
		}

	}

}
