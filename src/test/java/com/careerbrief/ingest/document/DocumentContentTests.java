package com.careerbrief.ingest.document;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.assertj.core.api.AbstractObjectAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A document's real type is sniffed from its bytes: one whose content disagrees with its extension is
 * named for what it is, a cut-short .docx is corrupt, and UTF-16 text is read, not lost.
 */
class DocumentContentTests {

	static final String ARTICLE = "Medical records specialists earn a median salary of $50,250 per year. "
			+ "They organize and manage health information data and keep it accurate and secure. ";

	@TempDir
	Path dir;

	private final DocumentFileReader reader = new DocumentFileReader();

	@Test
	void aPdfSavedUnderATxtNameIsNamedAsAPdf() throws Exception {
		Path file = Files.write(dir.resolve("article.txt"), TestDocuments.pdf(ARTICLE));

		assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableDocumentException.class)
			.extracting(ex -> ((UnreadableDocumentException) ex).reason())
			.isEqualTo("content is a PDF document, not the plain text its .txt name says; rename it to .pdf to have it read");
	}

	@Test
	void gzipSavedUnderAnHtmlNameIsNamedAsGzip() throws Exception {
		Path file = Files.write(dir.resolve("article.html"), TestDocuments.gzip(ARTICLE));

		assertThatThrownBy(() -> reader.read(file))
			.extracting(ex -> ((UnreadableDocumentException) ex).reason())
			.isEqualTo("content is gzip-compressed data, not the HTML page its .html name says");
	}

	@Test
	void plainTextSavedUnderAPdfOrDocxNameIsNotReadAsOne() throws Exception {
		Path pdf = Files.writeString(dir.resolve("article.pdf"), ARTICLE.repeat(3));
		Path docx = Files.writeString(dir.resolve("article.docx"), ARTICLE.repeat(3));

		assertThatReason(pdf)
			.isEqualTo("content is plain text, not the PDF document its .pdf name says; rename it to .txt to have it read");
		assertThatReason(docx)
			.isEqualTo("content is plain text, not the Word document its .docx name says; rename it to .txt to have it"
					+ " read");
	}

	@Test
	void aPdfDamagedAtItsStartSaysSoInPlainWords() throws Exception {
		byte[] damaged = TestDocuments.pdf(ARTICLE);
		Arrays.fill(damaged, 0, 16, (byte) 0);
		Path file = Files.write(dir.resolve("salaries.pdf"), damaged);

		assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(UnreadableDocumentException.class, ex -> {
			assertThat(ex.fileName()).isEqualTo("salaries.pdf");
			assertThat(ex.reason()).isEqualTo("does not start like a PDF file (its first bytes are not %PDF-); it may be"
					+ " damaged or not a PDF");
		});
	}

	@Test
	void binaryDataUnderADocxHtmlOrTxtNameIsNamedInPlainWords() throws Exception {
		byte[] docx = TestDocuments.docx(ARTICLE);
		Arrays.fill(docx, 0, 4, (byte) 0);
		byte[] binary = new byte[512];
		for (int i = 0; i < binary.length; i++) {
			binary[i] = (byte) (i * 7 + 1);
		}
		Path damagedDocx = Files.write(dir.resolve("article.docx"), docx);
		Path binaryHtml = Files.write(dir.resolve("article.html"), binary);
		Path binaryTxt = Files.write(dir.resolve("article.txt"), binary);
		Path rtf = Files.writeString(dir.resolve("saved-as-rtf.docx"), "{\\rtf1\\ansi " + ARTICLE + "}");

		assertThatReason(damagedDocx)
			.isEqualTo("does not start like a Word .docx file (a .docx is a zip archive, whose first bytes are PK); it may"
					+ " be damaged or not a .docx");
		assertThatReason(binaryHtml)
			.isEqualTo("does not hold text like an HTML page (its bytes are binary data); it may be damaged or not an"
					+ " HTML page");
		assertThatReason(binaryTxt)
			.isEqualTo("does not hold text like a .txt file (its bytes are binary data); it may be damaged or not a text"
					+ " file");
		// A kind careerbrief has no words for keeps its media type, last, for whoever helps the operator.
		assertThatReason(rtf)
			.isEqualTo("does not start like a Word .docx file (a .docx is a zip archive, whose first bytes are PK); it may"
					+ " be damaged or not a .docx (detected as application/rtf)");
	}

	@Test
	void aTruncatedDocxIsCorruptNotAScannedImage() throws Exception {
		byte[] whole = TestDocuments.docx(ARTICLE);
		Path half = Files.write(dir.resolve("half.docx"), Arrays.copyOf(whole, whole.length / 2));
		Path nearlyAll = Files.write(dir.resolve("nearly.docx"), Arrays.copyOf(whole, whole.length - 30));

		for (Path file : new Path[] { half, nearlyAll }) {
			assertThatReason(file)
				.isEqualTo("corrupt .docx: the file is cut short (the end of its zip archive is missing); save it again"
						+ " from the word processor");
		}
		assertThat(reader.read(Files.write(dir.resolve("whole.docx"), whole)).text()).contains("$50,250");
	}

	@Test
	void utf16TextIsReadWithOrWithoutItsByteOrderMark() throws Exception {
		Path le = Files.write(dir.resolve("le.txt"), ("\uFEFF" + ARTICLE).getBytes(StandardCharsets.UTF_16LE));
		Path be = Files.write(dir.resolve("be.md"), ARTICLE.getBytes(StandardCharsets.UTF_16BE));
		Path html = Files.write(dir.resolve("page.html"),
				("<html><body><p>" + ARTICLE + "</p></body></html>").getBytes(StandardCharsets.UTF_16));

		assertThat(reader.read(le).text()).isEqualTo(ARTICLE);
		assertThat(reader.read(be).text()).isEqualTo(ARTICLE);
		assertThat(reader.read(html).text()).contains("median salary of $50,250");
	}

	/** The reason the reader refuses the file with, to compare with what the operator reads. */
	private AbstractObjectAssert<?, ?> assertThatReason(Path file) {
		return assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableDocumentException.class)
			.extracting(ex -> ((UnreadableDocumentException) ex).reason());
	}
}
