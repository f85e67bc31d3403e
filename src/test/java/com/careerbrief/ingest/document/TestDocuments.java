package com.careerbrief.ingest.document;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real PDF, Word and gzip bytes made by the libraries that write them, for tests of document files. */
public final class TestDocuments {

	private TestDocuments() {
	}

	/** A one-paragraph PDF (OpenPDF). */
	public static byte[] pdf(String text) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Document document = new Document()) {
			PdfWriter.getInstance(document, out);
			document.open();
			document.add(new Paragraph(text));
		}
		return out.toByteArray();
	}

	/** A one-paragraph Word document (POI). */
	public static byte[] docx(String text) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText(text);
			document.write(out);
		}
		return out.toByteArray();
	}

	/** The text, gzip-compressed. */
	public static byte[] gzip(String text) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
			gz.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}

}
