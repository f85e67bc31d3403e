package com.careerbrief.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

/** Reading each supported file type to text, with hash and metadata. */
class DocumentFileReaderTests {

	@TempDir
	Path dir;

	private final DocumentFileReader reader = new DocumentFileReader();

	@Test
	void htmlKeepsHeadingsAndListItemsAndDropsNavigation() throws Exception {
		Path file = dir.resolve("page.html");
		Files.writeString(file, """
				<html><head><title>Pharmacist Careers | Example Site</title><meta name="author" content="Ann Lee">
				<meta property="article:published_time" content="2024-06-01T10:00:00Z"></head>
				<body><nav>Home Careers Contact</nav><h1>Pharmacist Careers</h1>
				<p>Pharmacists earned a median wage of $136,030 in May 2024.</p>
				<h2>Where do pharmacists work?</h2><ul><li>Pharmacies and drug stores</li><li>Hospitals</li></ul>
				<script>var x = 1;</script></body></html>
				""");
		LoadedDocument doc = reader.read(file);

		assertThat(doc.text()).contains("Pharmacists earned a median wage of $136,030 in May 2024.")
			.contains("\n\nWhere do pharmacists work?\n\n").contains("  • Pharmacies and drug stores\n")
			.doesNotContain("Home Careers Contact").doesNotContain("var x");
		assertThat(doc.metaTitle()).isEqualTo("Pharmacist Careers | Example Site");
		assertThat(doc.metaAuthor()).isEqualTo("Ann Lee");
		assertThat(doc.metaDate()).startsWith("2024-06-01");
	}

	@Test
	void aWindows1252ArticleKeepsItsCurlyQuotes() throws Exception {
		// Notepad's "ANSI": ’ is the single byte 0x92, not valid UTF-8.
		Path file = dir.resolve("rn-salary.txt");
		Files.write(file, "Nurses\u2019 pay rose. The Bureau of Labor Statistics\u2019 May 2023 data show a median of $86,070."
			.getBytes(java.nio.charset.Charset.forName("windows-1252")));

		LoadedDocument doc = reader.read(file);

		assertThat(doc.text()).contains("Nurses\u2019 pay rose. The Bureau of Labor Statistics\u2019 May 2023 data")
			.doesNotContain("\uFFFD");
	}

	@Test
	void docxTextComesOut() throws Exception {
		Path file = dir.resolve("article.docx");
		try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			docx.createParagraph().createRun().setText("Respiratory Therapist Outlook");
			docx.createParagraph().createRun().setText("Employment is projected to grow 12 percent from 2024 to 2034.");
			docx.write(out);
		}
		LoadedDocument doc = reader.read(file);

		assertThat(doc.text()).contains("Respiratory Therapist Outlook")
			.contains("Employment is projected to grow 12 percent from 2024 to 2034.");
		assertThat(doc.contentHash()).isEqualTo(DocumentFileReader.sha256(Files.readAllBytes(file)));
	}

	@Test
	void pdfTextComesOut() throws Exception {
		Path file = dir.resolve("article.pdf");
		try (OutputStream out = Files.newOutputStream(file)) {
			Document pdf = new Document();
			PdfWriter.getInstance(pdf, out);
			pdf.open();
			pdf.add(new Paragraph("Radiologic Technologist Pay"));
			pdf.add(new Paragraph("The median annual wage was $77,660 in May 2024."));
			pdf.close();
		}
		LoadedDocument doc = reader.read(file);

		assertThat(doc.text()).contains("Radiologic Technologist Pay").contains("The median annual wage was $77,660 in May 2024.");
	}

	@Test
	void folderListingIsSortedAndKeepsOtherFormatsToReportThem() throws Exception {
		Files.writeString(dir.resolve("b.md"), "B");
		Files.writeString(dir.resolve("a.txt"), "A");
		Files.writeString(dir.resolve("notes.csv"), "x");
		Files.writeString(dir.resolve(".hidden.txt"), "x");
		assertThat(reader.list(dir)).extracting(p -> p.getFileName().toString())
			.containsExactly("a.txt", "b.md", "notes.csv");
		assertThatThrownBy(() -> reader.read(dir.resolve("notes.csv"))).isInstanceOf(UnreadableDocumentException.class)
			.hasMessage("notes.csv: unknown format '.csv': expected one of .txt, .md, .html, .htm, .pdf, .docx");
	}

	@Test
	void hashIsSha256OfTheBytes() throws Exception {
		Path file = dir.resolve("abc.txt");
		Files.writeString(file, "abc");
		assertThat(reader.read(file).contentHash())
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}
}
