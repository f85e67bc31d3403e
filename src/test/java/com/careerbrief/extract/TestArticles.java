package com.careerbrief.extract;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The articles written for the extraction tests (src/test/resources/extract/articles). A
 * "name.pdf.txt" or "name.docx.txt" source is turned into a real PDF (OpenPDF, bold headings) or
 * DOCX (POI, Word heading styles): "@key value" sets title/author/date, "# " is a heading, "** " a
 * bold-only paragraph, "| a | b |" lines a table, any other line a paragraph.
 */
final class TestArticles {

	static final Path FOLDER = Path.of("src/test/resources/extract/articles");

	static final Path GOLD = Path.of("src/test/resources/extract/gold");

	private TestArticles() {
	}

	/** Every article source in the folder, sorted. */
	static List<String> names() throws IOException {
		try (Stream<Path> files = Files.list(FOLDER)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	/** The file name a source reads as: "paralegal.docx.txt" is read as "paralegal.docx". */
	static String documentName(String source) {
		return source.matches(".*\\.(pdf|docx)\\.txt") ? source.substring(0, source.length() - 4) : source;
	}

	/** The readable file for a source: the source itself, or a PDF/DOCX generated into dir. */
	static Path file(String source, Path dir) throws IOException {
		Path src = FOLDER.resolve(source);
		if (source.endsWith(".pdf.txt")) {
			return pdf(Spec.parse(Files.readAllLines(src)), dir.resolve(documentName(source)));
		}
		if (source.endsWith(".docx.txt")) {
			return docx(Spec.parse(Files.readAllLines(src)), dir.resolve(documentName(source)));
		}
		return src;
	}

	/** A parsed source: metadata and blocks ("#", "**", "|" or "" for a paragraph, with text or table rows). */
	record Spec(Map<String, String> meta, List<String[]> blocks) {

		static Spec parse(List<String> lines) {
			Map<String, String> meta = new LinkedHashMap<>();
			List<String[]> blocks = new ArrayList<>();
			for (String line : lines) {
				if (line.startsWith("@")) {
					meta.put(line.substring(1, line.indexOf(' ')), line.substring(line.indexOf(' ') + 1).strip());
				}
				else if (line.startsWith("# ") || line.startsWith("** ")) {
					blocks.add(new String[] { line.substring(0, line.indexOf(' ')), line.substring(line.indexOf(' ') + 1) });
				}
				else if (line.startsWith("|")) {
					blocks.add(new String[] { "|", line });
				}
				else if (!line.isBlank()) {
					blocks.add(new String[] { "", line });
				}
			}
			return new Spec(meta, blocks);
		}

		/** Consecutive table lines from index i, each split into cells. */
		List<String[]> table(int i) {
			List<String[]> rows = new ArrayList<>();
			for (int j = i; j < blocks.size() && blocks.get(j)[0].equals("|"); j++) {
				rows.add(blocks.get(j)[1].replaceAll("^\\|\\s*|\\s*\\|$", "").split("\\s*\\|\\s*"));
			}
			return rows;
		}
	}

	private static Path pdf(Spec spec, Path file) throws IOException {
		Font body = FontFactory.getFont(FontFactory.HELVETICA, 11);
		try (OutputStream out = Files.newOutputStream(file)) {
			Document pdf = new Document(PageSize.LETTER, 72, 72, 72, 72);
			PdfWriter.getInstance(pdf, out);
			pdf.addTitle(spec.meta().get("title"));
			pdf.addAuthor(spec.meta().get("author"));
			pdf.open();
			for (int i = 0; i < spec.blocks().size(); i++) {
				String[] b = spec.blocks().get(i);
				if (b[0].equals("|")) {
					List<String[]> rows = spec.table(i);
					PdfPTable table = new PdfPTable(rows.get(0).length);
					table.setWidthPercentage(100);
					rows.forEach(r -> List.of(r).forEach(c -> table.addCell(new Paragraph(c, body))));
					pdf.add(table);
					i += rows.size() - 1;
					continue;
				}
				Paragraph p = new Paragraph(b[1], b[0].isEmpty() ? body
						: FontFactory.getFont(FontFactory.HELVETICA_BOLD, b[0].equals("#") ? 14 : 11));
				p.setSpacingAfter(6);
				pdf.add(p);
			}
			pdf.close();
		}
		datePdf(file, spec.meta().get("date"));
		return file;
	}

	/** OpenPDF stamps today's date; the article's own date is set afterwards so tests do not age. */
	private static void datePdf(Path file, String isoDate) throws IOException {
		try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(file))) {
			Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
			c.clear();
			String[] ymd = isoDate.split("-");
			c.set(Integer.parseInt(ymd[0]), Integer.parseInt(ymd[1]) - 1, Integer.parseInt(ymd[2]), 12, 0);
			doc.getDocumentInformation().setCreationDate(c);
			doc.save(file.toFile());
		}
	}

	private static Path docx(Spec spec, Path file) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			headingStyle(doc.createStyles());
			doc.getProperties().getCoreProperties().setTitle(spec.meta().get("title"));
			doc.getProperties().getCoreProperties().setCreator(spec.meta().get("author"));
			doc.getProperties().getCoreProperties().setCreated(java.util.Optional.of(java.util.Date.from(
					java.time.Instant.parse(spec.meta().get("date") + "T12:00:00Z"))));
			for (int i = 0; i < spec.blocks().size(); i++) {
				String[] b = spec.blocks().get(i);
				if (b[0].equals("|")) {
					List<String[]> rows = spec.table(i);
					XWPFTable table = doc.createTable(rows.size(), rows.get(0).length);
					for (int r = 0; r < rows.size(); r++) {
						for (int c = 0; c < rows.get(r).length; c++) {
							table.getRow(r).getCell(c).setText(rows.get(r)[c]);
						}
					}
					i += rows.size() - 1;
					continue;
				}
				XWPFParagraph p = doc.createParagraph();
				if (b[0].equals("#")) {
					p.setStyle("Heading1");
				}
				p.createRun().setText(b[1]);
				p.getRuns().get(0).setBold(b[0].equals("**"));
			}
			doc.write(out);
		}
		return file;
	}

	private static void headingStyle(XWPFStyles styles) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId("Heading1");
		style.addNewName().setVal("heading 1");
		style.setType(STStyleType.PARAGRAPH);
		styles.addStyle(new XWPFStyle(style, styles));
	}
}
