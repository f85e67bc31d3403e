package com.careerbrief.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits cleaned article text into headings (including headings written as questions), paragraphs,
 * list items and sentences, keeping character offsets into that text.
 */
final class DocumentLayout {

	private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•\\-*·▪◦‣]|\\d{1,2}[.)])\\s+(\\S.*?)\\s*$");

	private static final Pattern LABEL = Pattern.compile("^([^:.]{2,60}):\\s+\\S");

	private final String text;

	private final Set<String> markedHeadings;

	private final List<Block> blocks = new ArrayList<>();

	private DocumentLayout(String text, Collection<String> markedHeadings) {
		this.text = text;
		this.markedHeadings = Set.copyOf(markedHeadings);
	}

	static DocumentLayout of(String text) {
		return of(text, List.of());
	}

	/** Lays out text whose file marked some lines as headings (styles, bold, font size), whatever their wording. */
	static DocumentLayout of(String text, Collection<String> markedHeadings) {
		DocumentLayout layout = new DocumentLayout(text, markedHeadings);
		layout.split();
		return layout;
	}

	String text() {
		return text;
	}

	List<Block> blocks() {
		return blocks;
	}

	List<String> headings() {
		return blocks.stream().filter(Block::heading).map(Block::text).toList();
	}

	List<Sentence> sentences() {
		return blocks.stream().filter(b -> !b.heading()).flatMap(b -> b.sentences().stream()).toList();
	}

	/** The block holding an offset, or -1. */
	int blockAt(int offset) {
		for (Block b : blocks) {
			if (offset >= b.start() && offset < b.end()) {
				return b.index();
			}
		}
		return -1;
	}

	private void split() {
		List<int[]> lines = new ArrayList<>();
		int pos = 0;
		while (pos <= text.length()) {
			int nl = text.indexOf('\n', pos);
			int end = nl < 0 ? text.length() : nl;
			lines.add(new int[] { pos, end });
			pos = end + 1;
		}
		String section = "";
		String intro = null;
		boolean previousWasItem = false;
		for (int i = 0; i < lines.size(); i++) {
			String line = text.substring(lines.get(i)[0], lines.get(i)[1]);
			if (line.isBlank()) {
				continue;
			}
			int lineStart = lines.get(i)[0];
			Matcher bullet = BULLET.matcher(line);
			if (bullet.matches()) {
				if (!previousWasItem && !blocks.isEmpty() && !blocks.get(blocks.size() - 1).heading()) {
					String last = blocks.get(blocks.size() - 1).text();
					intro = last.endsWith(":") ? last : null;
				}
				addBlock(false, true, section, intro, lineStart + bullet.start(1), lineStart + bullet.end(1));
				previousWasItem = true;
				continue;
			}
			previousWasItem = false;
			int s = lineStart + (line.length() - line.stripLeading().length());
			int e = lineStart + line.stripTrailing().length();
			if (isHeading(line.strip(), blank(lines, i - 1), blank(lines, i + 1))) {
				section = line.strip();
				intro = null;
				addBlock(true, false, section, null, s, e);
			}
			else {
				intro = null;
				addBlock(false, false, section, null, s, e);
			}
		}
	}

	private boolean blank(List<int[]> lines, int i) {
		return i < 0 || i >= lines.size() || text.substring(lines.get(i)[0], lines.get(i)[1]).isBlank();
	}

	/**
	 * A line the file marks as a heading; when the file marks several, only those (a table caption or
	 * a "Source:" line is shaped like a heading but is not one); else a short stand-alone line.
	 */
	private boolean isHeading(String t, boolean blankBefore, boolean blankAfter) {
		if (markedHeadings.size() >= 2) {
			return markedHeadings.contains(t);
		}
		return markedHeadings.contains(t) || looksLikeHeading(t, blankBefore, blankAfter);
	}

	private static boolean looksLikeHeading(String t, boolean blankBefore, boolean blankAfter) {
		if (t.contains(TableRowFigureExtractor.CELL_SEPARATOR)) {
			return false;
		}
		if (!blankBefore || !blankAfter || t.length() > 140 || !Character.isUpperCase(t.codePointAt(0))) {
			return false;
		}
		int words = t.split("\\s+").length;
		if (t.endsWith("?")) {
			return words <= 22 && t.indexOf('?') == t.length() - 1;
		}
		return words <= 16 && !t.matches(".*[.:,;\"”]$");
	}

	private void addBlock(boolean heading, boolean item, String section, String intro, int start, int end) {
		String body = text.substring(start, end);
		String label = null;
		Matcher m = LABEL.matcher(body);
		if (item && m.find() && m.group(1).split("\\s+").length <= 7) {
			label = m.group(1).strip();
		}
		int index = blocks.size();
		String itemLabel = label;
		List<Sentence> sentences = heading ? List.of() : SentenceSplitter.split(text, start, end).stream()
			.map(r -> new Sentence(section, index, item, itemLabel, intro, text.substring(r[0], r[1]), r[0], r[1]))
			.toList();
		blocks.add(new Block(index, heading, item, section, label, intro, body, start, end, sentences));
	}

	static String lower(String s) {
		return s == null ? "" : s.toLowerCase(Locale.ROOT);
	}
}
