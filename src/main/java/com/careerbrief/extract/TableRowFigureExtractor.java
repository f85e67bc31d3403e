package com.careerbrief.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads figures from table rows ("Median | $77,660 | $37.34"): each cell is read as the sentence
 * its row label, column header, caption and source note make together, and quoted as the row.
 */
final class TableRowFigureExtractor {

	static final String CELL_SEPARATOR = " | ";

	private static final Pattern HAS_NUMBER = Pattern.compile("\\d");

	/** A cell with a money amount or a large number, which no header holds ("10%" or "2024" may head a column). */
	private static final Pattern HAS_FIGURE = Pattern.compile("\\$\\s?\\d|\\b\\d{1,3}(?:,\\d{3})+\\b");

	private static final Pattern SOURCE_NOTE = Pattern.compile("(?i)^(?:source|data|note)s?\\b.*");

	private final WageClaimExtractor wages = new WageClaimExtractor();

	private final EmploymentClaimExtractor employment = new EmploymentClaimExtractor();

	private final DurationClaimExtractor durations = new DurationClaimExtractor();

	/** True for a sentence that is a whole table row. */
	static boolean isTableRow(Sentence s) {
		return cells(s.text()).size() >= 2;
	}

	List<ClaimDraft> extract(Sentence row, ExtractionContext ctx) {
		List<Block> blocks = ctx.layout().blocks();
		int first = row.block();
		while (first > 0 && isRow(blocks.get(first - 1))) {
			first--;
		}
		List<String> header = cells(blocks.get(first).text());
		// A first row with figures in it ("10% | $30,300 |") is a row like the others, not a header.
		boolean headed = header.stream().skip(1).noneMatch(c -> HAS_FIGURE.matcher(c).find());
		if (first == row.block() && headed) {
			return List.of(); // the header row names the columns; it holds no figure
		}
		header = headed ? header : List.of();
		List<String> cells = cells(row.text());
		String context = context(blocks, first);
		List<ClaimDraft> drafts = new ArrayList<>();
		for (int i = 1; i < cells.size(); i++) {
			if (!HAS_NUMBER.matcher(cells.get(i)).find()) {
				continue;
			}
			String column = i < header.size() ? header.get(i) : "";
			// the row's label, with its other words ("| 1 | Massachusetts | $93,680 |": the state)
			StringBuilder label = new StringBuilder(cells.get(0));
			for (int j = 1; j < i; j++) {
				if (!HAS_NUMBER.matcher(cells.get(j)).find()) {
					label.append(' ').append(cells.get(j));
				}
			}
			String virtual = context + label + " " + column + ": " + cells.get(i) + ".";
			Sentence cell = new Sentence(row.section(), row.block(), false, null, null, virtual, row.start(), row.end());
			List<ClaimDraft> found = new ArrayList<>(wages.extract(cell, ctx));
			found.addAll(employment.extract(cell, ctx));
			found.addAll(durations.extract(cell, ctx));
			for (ClaimDraft d : found) {
				d.quotes.clear();
				d.quotes.add(row.quote());
				drafts.add(d);
			}
		}
		return drafts;
	}

	/** The caption or intro line before the table and a source note after it, as the sentence's opening. */
	private static String context(List<Block> blocks, int first) {
		StringBuilder context = new StringBuilder();
		String section = blocks.get(first).section();
		if (!section.isEmpty()) {
			context.append(section.replaceAll("[.:?]\\s*$", "")).append(": ");
		}
		if (first > 0 && !blocks.get(first - 1).heading()) {
			context.append(blocks.get(first - 1).text().replaceAll("[.:]\\s*$", "")).append(". ");
		}
		int after = first;
		while (after < blocks.size() && isRow(blocks.get(after))) {
			after++;
		}
		if (after < blocks.size() && SOURCE_NOTE.matcher(blocks.get(after).text()).matches()) {
			context.append(blocks.get(after).text().replaceAll("[.:]\\s*$", "")).append(". ");
		}
		return context.toString();
	}

	private static boolean isRow(Block b) {
		return !b.heading() && (cells(b.text()).size() >= 2 || isRule(b.text()));
	}

	private static boolean isRule(String line) {
		return line.contains("|") && line.matches("[\\s|:-]+");
	}

	static List<String> cells(String line) {
		if (!line.contains(CELL_SEPARATOR.strip())) {
			return List.of();
		}
		String trimmed = line.strip().replaceAll("^\\|\\s*|\\s*\\|$", "");
		if (isRule(line)) {
			return List.of(); // a Markdown rule line "|---|---|"
		}
		return List.of(trimmed.split("\\s*\\|\\s*", -1));
	}
}
