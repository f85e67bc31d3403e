package com.careerbrief.ingest.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.careerbrief.ingest.document.PdfLineReader.Line;

/**
 * Rebuilds a PDF's paragraphs, headings and table rows from its printed lines: a heading is a
 * short line set bolder or larger than the body text; a paragraph ends at a wider gap, or after a
 * short line that ends a sentence.
 */
final class PdfBlockText {

	private static final int MAX_HEADING_WORDS = 16;

	private final StringBuilder out = new StringBuilder();

	private final List<String> headings = new ArrayList<>();

	private PdfBlockText() {
	}

	static PdfBlockText of(List<Line> lines) {
		PdfBlockText rendered = new PdfBlockText();
		rendered.render(lines);
		return rendered;
	}

	String text() {
		return out.toString().replaceAll("\\n{3,}", "\n\n").strip() + "\n";
	}

	List<String> headings() {
		return List.copyOf(headings);
	}

	private void render(List<Line> lines) {
		float body = bodySize(lines);
		boolean bodyBold = lines.stream().filter(l -> l.size() == body).allMatch(Line::bold);
		float pitch = typicalPitch(lines);
		float maxRight = (float) lines.stream().mapToDouble(Line::right).max().orElse(0);
		Line previous = null;
		boolean previousBreaks = true;
		for (Line line : lines) {
			boolean tableRow = line.text().contains(" | ");
			if (!tableRow && isHeading(line, body, bodyBold)) {
				headings.add(line.text());
				out.append("\n\n").append(line.text()).append("\n\n");
				previousBreaks = true;
			}
			else if (tableRow) {
				boolean continuesTable = previous != null && previous.text().contains(" | ");
				out.append(continuesTable ? "" : "\n\n").append(line.text()).append('\n');
				previousBreaks = false;
			}
			else {
				boolean newParagraph = previousBreaks || previous.text().contains(" | ")
						|| endsParagraph(previous, line, pitch, maxRight);
				out.append(newParagraph ? "\n\n" : joiner(previous)).append(line.text());
				previousBreaks = false;
			}
			previous = line;
		}
	}

	private static boolean isHeading(Line line, float body, boolean bodyBold) {
		String t = line.text();
		boolean emphasised = (line.bold() && !bodyBold) || line.size() >= body * 1.15f;
		return emphasised && t.split("\\s+").length <= MAX_HEADING_WORDS && !t.matches(".*[.,;]$")
				&& Character.isUpperCase(t.codePointAt(0));
	}

	private static boolean endsParagraph(Line previous, Line line, float pitch, float maxRight) {
		if (line.page() == previous.page() && line.bottom() - previous.bottom() > pitch * 1.3f) {
			return true;
		}
		boolean sentenceEnd = previous.text().matches(".*[.!?:][\"”’)]?$");
		return sentenceEnd && (line.page() != previous.page() || previous.right() < maxRight * 0.85f);
	}

	private static String joiner(Line previous) {
		return previous.text().matches(".*\\p{L}-$") ? "" : " ";
	}

	private static float bodySize(List<Line> lines) {
		Map<Float, Integer> chars = new HashMap<>();
		lines.forEach(l -> chars.merge(l.size(), l.text().length(), Integer::sum));
		return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
	}

	/** The usual baseline-to-baseline distance of consecutive lines on a page. */
	private static float typicalPitch(List<Line> lines) {
		List<Float> pitches = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).page() == lines.get(i - 1).page()) {
				pitches.add(lines.get(i).bottom() - lines.get(i - 1).bottom());
			}
		}
		if (pitches.isEmpty()) {
			return Float.MAX_VALUE;
		}
		Collections.sort(pitches);
		return pitches.get(pitches.size() / 2);
	}
}
