package com.careerbrief.ingest.document;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

	/** A gap this many times the font size between two glyphs separates table cells, not words. */
	private static final float CELL_GAP_EM = 1.5f;

	/** A gap this many times the font size between two glyphs is a space between words. */
	private static final float WORD_GAP_EM = 0.15f;

	private final List<Line> lines = new ArrayList<>();

	private final List<TextPosition> glyphs = new ArrayList<>();

	private PdfLineReader() throws IOException {
		setSortByPosition(true);
	}

	static List<Line> lines(PDDocument pdf) throws IOException {
		PdfLineReader reader = new PdfLineReader();
		reader.writeText(pdf, new StringWriter());
		return reader.lines;
	}

	/**
	 * Keeps the glyphs only: spaces are decided from the real gaps at the end of the line, because
	 * some writers place stray space glyphs on another baseline, which PDFBox sorts into a word.
	 */
	@Override
	protected void writeString(String word, List<TextPosition> positions) {
		positions.stream().filter(g -> !g.getUnicode().isBlank()).forEach(glyphs::add);
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
		if (!glyphs.isEmpty()) {
			lines.add(line());
		}
		glyphs.clear();
	}

	private Line line() {
		StringBuilder text = new StringBuilder();
		float top = Float.MAX_VALUE;
		float bottom = 0;
		float right = 0;
		boolean bold = true;
		Map<Float, Integer> sizes = new HashMap<>();
		TextPosition previous = null;
		for (TextPosition g : glyphs) {
			if (previous != null) {
				float gap = g.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
				float em = previous.getFontSizeInPt();
				text.append(gap > CELL_GAP_EM * em ? " | " : gap > WORD_GAP_EM * em ? " " : "");
			}
			text.append(g.getUnicode());
			top = Math.min(top, g.getYDirAdj() - g.getHeightDir());
			bottom = Math.max(bottom, g.getYDirAdj());
			right = Math.max(right, g.getXDirAdj() + g.getWidthDirAdj());
			bold &= isBold(g);
			sizes.merge(g.getFontSizeInPt(), 1, Integer::sum);
			previous = g;
		}
		float size = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
		return new Line(text.toString(), getCurrentPageNo(), top, bottom, right, size, bold);
	}

	private static boolean isBold(TextPosition g) {
		String name = g.getFont() == null || g.getFont().getName() == null ? "" : g.getFont().getName();
		return name.matches("(?i).*(bold|black|heavy|semibold|demi).*");
	}
}
