package com.careerbrief.ingest.document;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Calendar;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Reads a PDF with PDFBox into text whose headings, paragraphs and table rows follow the printed
 * layout (font size and weight, line gaps, column gaps), with the file's title, author and date.
 */
final class PdfDocumentReader {

	private PdfDocumentReader() {
	}

	static LoadedDocument read(Path file, byte[] bytes, String hash) throws UnreadableDocumentException {
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
				throw new UnreadableDocumentException(file, "encrypted PDF that forbids text extraction", null);
			}
			PdfBlockText rendered = PdfBlockText.of(PdfLineReader.lines(pdf));
			PDDocumentInformation info = pdf.getDocumentInformation();
			return new LoadedDocument(file, rendered.text(), blankToNull(info.getTitle()), blankToNull(info.getAuthor()),
					date(info.getCreationDate()), hash, rendered.headings());
		}
		catch (UnreadableDocumentException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableDocumentException(file, "corrupt or not a PDF file: " + ex.getMessage(), ex);
		}
	}

	private static String date(Calendar created) {
		return created == null ? null : created.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
