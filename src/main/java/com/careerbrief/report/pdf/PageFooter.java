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
	/** The occupation as the brief's title names it, and its code: "Medical Records Specialists", "29-2072". */
	private final String title;
	private final String code;
	/** "December 3, 2026". */
	private final String generated;
	private PdfTemplate total;
	private int pages;

	PageFooter(BriefFonts fonts, String title, String code, String generated) {
		this.fonts = fonts;
		this.title = title;
		this.code = code;
		this.generated = generated;
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
	 * "CareerBrief counselor brief · <title> (<code>) · Generated <date>", the title shortened by whole words with
	 * "…" when the whole would run into "Page N of M" (51-9012's Indiana edition, the longest title, did).
	 */
	String fitted(float room) {
		String shown = title;
		String text = left(shown, "");
		while (fonts.regular.getWidthPoint(text, SIZE) > room && shown.contains(" ")) {
			shown = shown.substring(0, shown.lastIndexOf(' ')).replaceAll("[,;:]$", "");
			text = left(shown, "…");
		}
		return fonts.regular.getWidthPoint(text, SIZE) <= room ? text : left(title, "");
	}

	private String left(String shownTitle, String cut) {
		return "CareerBrief counselor brief · " + shownTitle + cut + " (" + code + ") · Generated " + generated;
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
