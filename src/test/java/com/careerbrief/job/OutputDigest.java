package com.careerbrief.job;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.xml.parsers.SAXParserFactory;

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
		Map<String, String> digests = new TreeMap<>(workbook(output.resolve(OutputPublisher.WORKBOOK)));
		try (Stream<Path> briefs = Files.list(output.resolve(OutputPublisher.BRIEFS))) {
			for (Path brief : briefs.sorted().toList()) {
				try (PDDocument pdf = Loader.loadPDF(brief.toFile())) {
					String text = new PDFTextStripper().getText(pdf);
					digests.put("brief " + brief.getFileName(), sha256(text) + " (" + pdf.getNumberOfPages() + " pages)");
				}
			}
		}
		return digests;
	}

	private static Map<String, String> workbook(Path file) throws Exception {
		Map<String, String> sheets = new TreeMap<>();
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			SharedStrings strings = reader.getSharedStringsTable();
			XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (it.hasNext()) {
				try (InputStream in = it.next()) {
					if (!it.getSheetName().equals("About")) {
						SheetHasher hasher = new SheetHasher(strings);
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

		SheetHasher(SharedStrings strings) throws Exception {
			super(strings);
			this.digest = MessageDigest.getInstance("SHA-256");
		}

		@Override
		void row() {
			rows++;
		}

		@Override
		void cell(String ref, String type, String value) {
			digest.update((ref + "|" + type + "|" + value + "\n").getBytes(StandardCharsets.UTF_8));
		}

		String hex() {
			return HexFormat.of().formatHex(digest.digest());
		}

	}

}
