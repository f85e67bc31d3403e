package com.careerbrief.report.pdf;

import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * Places sections on the page, full width or two side by side, each with a heading that is also an
 * outline entry, and leaves out sections that have nothing to say.
 */
final class BriefLayout {

	private final Document document;
	private final BriefContext context;
	/** Room for a heading and about four lines of text. */
	static final float MIN_ROOM = 60f;

	private int anchors;

	BriefLayout(Document document, BriefContext context) {
		this.document = document;
		this.context = context;
	}

	void full(BriefSection section) {
		if (!section.hasContent(context)) {
			return;
		}
		keepHeadingWithText();
		if (section.keepTogether()) {
			PdfPTable whole = new PdfPTable(1);
			whole.setWidthPercentage(100);
			whole.setKeepTogether(true);
			whole.addCell(column(section, 0, 0));
			document.add(whole);
			return;
		}
		document.add(heading(section.title()));
		section.body(context).forEach(document::add);
	}

	/** Two sections side by side; when only one has content it takes the full width. */
	void pair(BriefSection left, BriefSection right) {
		boolean l = left.hasContent(context);
		boolean r = right.hasContent(context);
		if (l && r) {
			keepHeadingWithText();
			PdfPTable table = new PdfPTable(2);
			table.setWidthPercentage(100);
			// Long columns flow on to the next page instead of leaving the rest of this one empty.
			table.setSplitLate(false);
			table.addCell(column(left, 0, 6));
			table.addCell(column(right, 6, 0));
			document.add(table);
		}
		else if (l) {
			full(left);
		}
		else if (r) {
			full(right);
		}
	}

	/** Starts a new page when too little room is left for a heading and a few lines under it (no orphaned heading). */
	private void keepHeadingWithText() {
		if (context.writer().getVerticalPosition(true) - document.bottom() < MIN_ROOM) {
			document.newPage();
		}
	}

	/** Makes a chunk that is not a section heading (the brief's title) a bookmark target. */
	Chunk anchored(Chunk chunk, String outlineTitle) {
		String anchor = nextAnchor();
		chunk.setLocalDestination(anchor);
		bookmark(anchor, outlineTitle);
		return chunk;
	}

	private PdfPCell column(BriefSection section, float padLeft, float padRight) {
		PdfPCell cell = new PdfPCell();
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPaddingLeft(padLeft);
		cell.setPaddingRight(padRight);
		cell.setPaddingTop(0);
		cell.addElement(heading(section.title()));
		List<Element> body = section.body(context);
		body.forEach(cell::addElement);
		return cell;
	}

	private Paragraph heading(String title) {
		String anchor = nextAnchor();
		Chunk chunk = new Chunk(title, context.fonts().heading());
		chunk.setLocalDestination(anchor);
		Paragraph p = new Paragraph(13f, chunk);
		p.setSpacingBefore(5f);
		p.setSpacingAfter(2f);
		bookmark(anchor, title);
		return p;
	}

	private void bookmark(String anchor, String title) {
		new PdfOutline(context.writer().getRootOutline(), PdfAction.gotoLocalPage(anchor, false), title);
	}

	private String nextAnchor() {
		return "section-" + (++anchors);
	}
}
