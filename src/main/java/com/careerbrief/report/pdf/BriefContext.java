package com.careerbrief.report.pdf;

import java.util.List;

import com.lowagie.text.pdf.PdfWriter;

/**
 * What every section of one brief shares while it is written.
 *
 * @param facts queries over the occupation's report
 * @param fonts the brief's fonts and colours
 * @param options generation date and featured state
 * @param writer the open writer, for drawn charts
 * @param shortening 0 for the full brief; 1, 2… each time it is laid out again with shorter lists to fit two pages
 */
record BriefContext(ReportFacts facts, BriefFonts fonts, BriefOptions options, PdfWriter writer, int shortening) {

	/** How many times a brief may be shortened before it is written as it is. */
	static final int MAX_SHORTENING = 3;

	private static final double[] SHARE = { 1.0, 0.7, 0.5, 0.3 };

	/**
	 * How many items of a list to show: {@code full} on the first try, fewer each time the brief had to be
	 * laid out again because it ran over two pages; never fewer than one.
	 */
	int cap(int full) {
		return full == Integer.MAX_VALUE ? full : Math.max(1, (int) Math.ceil(full * SHARE[Math.min(shortening, MAX_SHORTENING)]));
	}

	/** The first {@link #cap}({@code full}) items of a list, and how many were left out. */
	<T> Shown<T> shown(List<T> all, int full) {
		int n = Math.min(cap(full), all.size());
		return new Shown<>(all.subList(0, n), all.size() - n);
	}

	/** Items a list shows, and how many it leaves out, which the brief always says. */
	record Shown<T>(List<T> items, int left) {

		/** " and 3 more" to end a run-on line, or "" when nothing was left out. */
		String andMore() {
			return left == 0 ? "" : " and " + left + " more";
		}
	}

	/**
	 * A national figure's label: in a state edition "U.S. median pay" for "Median pay", so that a counselor never
	 * takes the whole country's figure for the state's beside it; in a national brief the label as it is.
	 */
	String national(String label) {
		return options.stateLed() ? "U.S. " + Character.toLowerCase(label.charAt(0)) + label.substring(1) : label;
	}

	Blocks blocks() {
		return new Blocks(fonts);
	}
}
