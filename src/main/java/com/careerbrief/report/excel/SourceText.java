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

	/** "file:line", "file" for documents, or "" when unknown. */
	static String location(SourceRef source) {
		if (source == null || source.file() == null) {
			return "";
		}
		return source.line() > 0 ? source.file() + ":" + source.line() : source.file();
	}
}
