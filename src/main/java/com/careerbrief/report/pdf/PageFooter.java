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
		cb.showTextAligned(PdfContentByte.ALIGN_LEFT, left, document.leftMargin(), y, 0);
		cb.showTextAligned(PdfContentByte.ALIGN_LEFT, pageText, right - pageWidth - 12f, y, 0);
		cb.endText();
		cb.addTemplate(total, right - 12f, y);
		cb.restoreState();
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
