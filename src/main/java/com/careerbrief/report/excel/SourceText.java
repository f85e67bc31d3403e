package com.careerbrief.report.excel;

import com.careerbrief.model.SourceRef;

/** How a source is named in a cell: publisher and table title, as an analyst would cite it. */
final class SourceText {

	private SourceText() {
	}

	/** "U.S. Bureau of Labor Statistics, OEWS national May 2024", or "" when unknown. */
	static String of(SourceRef source) {
		if (source == null) {
			return "";
		}
		String publisher = source.publisher() == null ? source.sourceId() : source.publisher();
		return source.title() == null || source.title().isBlank() ? publisher : publisher + ", " + source.title();
	}

	/** The file a figure was read from, or null when unknown. */
	static String file(SourceRef source) {
		return source == null ? null : source.file();
	}

	/** Its line in that file, or 0 when unknown or a whole document. */
	static long line(SourceRef source) {
		return source == null ? 0 : source.line();
	}
}
