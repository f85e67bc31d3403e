package com.careerbrief.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/** Prints "Page N of M" and the generation date at the foot of each page; M is filled in when the document closes. */
final class PageFooter extends PdfPageEventHelper {

	private static final float SIZE = 7f;

	/** Between the left text and "Page N of M". */
	private static final float GAP = 8f;

	private final BriefFonts fonts;
	private final String left;
	private PdfTemplate total;
	private int pages;

	PageFooter(BriefFonts fonts, String left) {
		this.fonts = fonts;
		this.left = left;
	}

	@Override
	public void onOpenDocument(PdfWriter writer, Document document) {
		total = writer.getDirectContent().createTemplate(30, 10);
	}

	@Override
	public void onEndPage(PdfWriter writer, Document document) {
		PdfContentByte cb = writer.getDirectContent();
		Rectangle page = document.getPageSize();
		float y = document.bottomMargin() - 16f;
		String pageText = "Page " + writer.getPageNumber() + " of ";
		float right = page.getRight() - document.rightMargin();
		float pageWidth = fonts.regular.getWidthPoint(pageText, SIZE);
		cb.saveState();
		cb.setColorStroke(BriefFonts.RULE);
		cb.setLineWidth(0.5f);
		cb.moveTo(document.leftMargin(), y + 9f);
		cb.lineTo(right, y + 9f);
		cb.stroke();
		cb.beginText();
		cb.setColorFill(BriefFonts.MUTED);
		cb.setFontAndSize(fonts.regular, SIZE);
		float room = right - pageWidth - 12f - GAP - document.leftMargin();
		cb.showTextAligned(PdfContentByte.ALIGN_LEFT, fitted(room), document.leftMargin(), y, 0);
		cb.showTextAligned(PdfContentByte.ALIGN_LEFT, pageText, right - pageWidth - 12f, y, 0);
		cb.endText();
		cb.addTemplate(total, right - 12f, y);
		cb.restoreState();
	}

	/**
	 * The left text, its middle part (the occupation's title) shortened by whole words with "…" when the whole would
	 * run into "Page N of M": 51-9012's Indiana edition, the longest title, overlapped it.
	 */
	String fitted(float room) {
		if (fonts.regular.getWidthPoint(left, SIZE) <= room) {
			return left;
		}
		String[] parts = left.split(" · ", 3);
		if (parts.length < 3) {
			return left;
		}
		int code = parts[1].lastIndexOf(" (");
		String title = code < 0 ? parts[1] : parts[1].substring(0, code);
		String tail = code < 0 ? "" : parts[1].substring(code); // " (51-9012)" stays
		while (title.contains(" ")) {
			title = title.substring(0, title.lastIndexOf(' ')).replaceAll("[,;:]$", "");
			String shortened = parts[0] + " · " + title + "…" + tail + " · " + parts[2];
			if (fonts.regular.getWidthPoint(shortened, SIZE) <= room) {
				return shortened;
			}
		}
		return left;
	}

	/** The number of pages, once the document is closed. */
	int pages() {
		return pages;
	}

	@Override
	public void onCloseDocument(PdfWriter writer, Document document) {
		total.beginText();
		total.setColorFill(BriefFonts.MUTED);
		total.setFontAndSize(fonts.regular, SIZE);
		// At close the writer has already moved past the last page.
		pages = writer.getPageNumber() - 1;
		total.showText(String.valueOf(pages));
		total.endText();
	}
}
