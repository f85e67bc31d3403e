package com.careerbrief.ingest.table;

import java.util.regex.Pattern;

/**
 * Reads the number cells of one file by its publisher's rules, on top of {@link BlsValueParser}. Only
 * the BLS markers {@code * ** # ~} count as "not available" anywhere; the OES query tool's footnoted
 * dash {@code (8) -} only in that tool's exports, where BLS documents it. In OEWS national and state
 * files a currency sign is refused (BLS never writes one) and thousands separators must follow the
 * file's own style: BLS's CSVs have none, but an Excel "Save as CSV" of them (the shipped 2013 and 2018
 * national files, the May 2023 state file) writes them in every number of 1,000 or more. So the first
 * such number of a file sets the style, and a number that departs from it was typed in by hand.
 * One instance per file: it remembers that style.
 */
public final class CellReader {

	/** A footnote reference then a dash, as in the OES query tool: "(8) -" or "(5)-". */
	private static final Pattern FOOTNOTE_DASH = Pattern.compile("\\((\\d+)\\)\\s*-");

	private enum Rules {
		OEWS, OES_QUERY_TOOL, OTHER
	}

	private final Rules rules;

	/** The first number of 1,000 or more in the file, which set its separator style; null before one. */
	private String styleSample;

	private boolean grouped;

	private CellReader(Rules rules) {
		this.rules = rules;
	}

	/** For a BLS OEWS national or state file. */
	public static CellReader oews() {
		return new CellReader(Rules.OEWS);
	}

	/** For a BLS OES query-tool export: "$102,970" and "(8) -" are its documented forms. */
	public static CellReader oesQueryTool() {
		return new CellReader(Rules.OES_QUERY_TOOL);
	}

	/** For agency files and the generic figures CSV: "$49,800" is read as 49800. */
	public static CellReader other() {
		return new CellReader(Rules.OTHER);
	}

	/** Reads one cell; never throws. */
	public BlsValue read(String cell) {
		String text = cell == null ? "" : cell.strip();
		if (rules == Rules.OES_QUERY_TOOL) {
			var footnote = FOOTNOTE_DASH.matcher(text);
			if (footnote.matches()) {
				return BlsValue.marker(BlsValue.Kind.NOT_AVAILABLE,
						"estimate not released (footnote " + footnote.group(1) + ")");
			}
		}
		BlsValue value = BlsValueParser.parse(text);
		if (rules != Rules.OEWS || value.kind() != BlsValue.Kind.NUMBER) {
			return value;
		}
		if (text.indexOf('$') >= 0) {
			return BlsValue.marker(BlsValue.Kind.INVALID, "has a currency sign; BLS never writes one in an OEWS file");
		}
		return separatorStyle(text, value);
	}

	private BlsValue separatorStyle(String text, BlsValue value) {
		if (value.number().abs().compareTo(java.math.BigDecimal.valueOf(1000)) < 0) {
			return value;
		}
		boolean commas = text.indexOf(',') >= 0;
		if (styleSample == null) {
			styleSample = text;
			grouped = commas;
			return value;
		}
		if (commas == grouped) {
			return value;
		}
		return BlsValue.marker(BlsValue.Kind.INVALID, commas
				? "has thousands separators, but this file writes numbers without them (as '" + styleSample + "')"
				: "has no thousands separators, but this file writes numbers with them (as '" + styleSample + "')");
	}

}
