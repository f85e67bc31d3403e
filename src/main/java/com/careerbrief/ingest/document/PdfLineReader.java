package com.careerbrief.ingest.document;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF's text line by line with each line's position, font size and boldness, the raw
 * material for finding its headings, paragraphs and table rows; wide gaps inside a line become " | ".
 */
final class PdfLineReader extends PDFTextStripper {

	/**
	 * One printed line.
	 *
	 * @param text the words, table cells joined by " | "
	 * @param page page number, from 1
	 * @param top top edge (from the top of the page)
	 * @param bottom baseline
	 * @param right right edge of the last glyph
	 * @param size font size most of its characters use
	 * @param bold true when every character is in a bold face
	 */
	record Line(String text, int page, float top, float bottom, float right, float size, boolean bold) {

		float height() {
			return bottom - top;
		}
	}

	/** A gap this many times the font size between two words separates table cells, not words. */
	private static final float CELL_GAP_EM = 1.5f;

	private final List<Line> lines = new ArrayList<>();

	private final List<TextPosition> glyphs = new ArrayList<>();

	private final StringBuilder text = new StringBuilder();

	private PdfLineReader() throws IOException {
		setSortByPosition(true);
	}

	static List<Line> lines(PDDocument pdf) throws IOException {
		PdfLineReader reader = new PdfLineReader();
		reader.writeText(pdf, new StringWriter());
		return reader.lines;
	}

	@Override
	protected void writeString(String word, List<TextPosition> positions) {
		if (positions.isEmpty()) {
			return;
		}
		if (!glyphs.isEmpty()) {
			TextPosition last = glyphs.get(glyphs.size() - 1);
			float gap = positions.get(0).getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
			text.append(gap > CELL_GAP_EM * last.getFontSizeInPt() ? " | " : " ");
		}
		text.append(word);
		glyphs.addAll(positions);
	}

	@Override
	protected void writeWordSeparator() {
		// writeString decides between a space and a cell separator from the real gap
	}

	@Override
	protected void writeLineSeparator() {
		flush();
	}

	@Override
	protected void endPage(PDPage page) throws IOException {
		flush();
		super.endPage(page);
	}

	private void flush() {
		String t = text.toString().strip();
		if (!t.isEmpty()) {
			float top = Float.MAX_VALUE;
			float bottom = 0;
			float right = 0;
			boolean bold = true;
			java.util.Map<Float, Integer> sizes = new java.util.HashMap<>();
			for (TextPosition g : glyphs) {
				top = Math.min(top, g.getYDirAdj() - g.getHeightDir());
				bottom = Math.max(bottom, g.getYDirAdj());
				right = Math.max(right, g.getXDirAdj() + g.getWidthDirAdj());
				bold &= isBold(g);
				sizes.merge(g.getFontSizeInPt(), 1, Integer::sum);
			}
			float size = sizes.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).get().getKey();
			lines.add(new Line(t, getCurrentPageNo(), top, bottom, right, size, bold));
		}
		text.setLength(0);
		glyphs.clear();
	}

	private static boolean isBold(TextPosition g) {
		String name = g.getFont() == null || g.getFont().getName() == null ? "" : g.getFont().getName();
		return name.matches("(?i).*(bold|black|heavy|semibold|demi).*");
	}
}
