package com.careerbrief.report.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/** A written brief read back with PDFBox, as a reader's PDF viewer would see it. */
record BriefPdf(int pages, String text, List<String> outline, String title, String subject, String keywords,
		List<String> fonts, boolean allFontsEmbedded) {

	static BriefPdf read(Path file) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			String text = new PDFTextStripper().getText(pdf);
			List<String> outline = new ArrayList<>();
			if (pdf.getDocumentCatalog().getDocumentOutline() != null) {
				for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
					outline.add(item.getTitle());
				}
			}
			List<String> fonts = new ArrayList<>();
			boolean embedded = true;
			for (PDPage page : pdf.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					fonts.add(font.getName());
					embedded &= font.isEmbedded();
				}
			}
			var info = pdf.getDocumentInformation();
			return new BriefPdf(pdf.getNumberOfPages(), text, outline, info.getTitle(), info.getSubject(),
					info.getKeywords(), fonts, embedded);
		}
	}

	/**
	 * The text with line breaks and runs of spaces made single spaces, so a wrapped sentence reads whole; a line
	 * broken after a hyphen ("top-" / "code") is joined without a space, as OpenPDF breaks only at hyphens it was given.
	 */
	String flatText() {
		return text.replaceAll("-[ \\t]*\\R\\s*", "-").replaceAll("\\s+", " ");
	}
}
