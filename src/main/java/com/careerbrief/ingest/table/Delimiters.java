package com.careerbrief.ingest.table;

import java.util.List;

/**
 * Tells a header line's delimiter: comma, semicolon (Excel in locales with a decimal comma) or tab
 * (Excel's "Text" and "Unicode Text"), whichever splits the line (outside quotes) most often.
 */
public final class Delimiters {

	private static final char[] CANDIDATES = { ',', ';', '\t' };

	private Delimiters() {
	}

	/** The delimiter of the first of {@code headLines}; a comma when there is no line or no delimiter. */
	public static char sniff(List<String> headLines) {
		return headLines.isEmpty() ? ',' : sniff(headLines.get(0));
	}

	/** The delimiter of {@code line}; a comma on a tie or when none occurs. */
	public static char sniff(String line) {
		int[] counts = new int[CANDIDATES.length];
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			for (int k = 0; k < CANDIDATES.length && !quoted; k++) {
				counts[k] += c == CANDIDATES[k] ? 1 : 0;
			}
		}
		int best = 0;
		for (int k = 1; k < CANDIDATES.length; k++) {
			best = counts[k] > counts[best] ? k : best;
		}
		return CANDIDATES[best];
	}

	/** "comma-separated", "';'-separated" or "tab-separated", for reject reasons. */
	public static String separated(char delimiter) {
		return switch (delimiter) {
			case ',' -> "comma-separated";
			case '\t' -> "tab-separated";
			default -> "'" + delimiter + "'-separated";
		};
	}

}
