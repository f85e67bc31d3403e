package com.careerbrief.ingest.table.mapping;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbrief.ingest.table.DelimitedRow;

/**
 * A file's header as a mapped layout sees it: column positions by name, ignoring case and surrounding
 * spaces (agency headers are typed by hand), and the "{Column}" quotes of mapping texts filled in.
 */
final class MappedHeader {

	private static final Pattern QUOTE = Pattern.compile("\\{([^}]+)}");

	private final Map<String, Integer> positions = new HashMap<>();

	private final int width;

	MappedHeader(String[] header) {
		for (int i = 0; i < header.length; i++) {
			positions.putIfAbsent(key(header[i]), i);
		}
		this.width = header.length;
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	int width() {
		return width;
	}

	/** The position of the first alias the header names, or -1. */
	int position(ColumnRef column) {
		for (String alias : column.aliases()) {
			Integer i = positions.get(key(alias));
			if (i != null) {
				return i;
			}
		}
		return -1;
	}

	/** The first "{Column}" quote in {@code text} that names no column of this header, or null. */
	String unknownQuote(String text) {
		Matcher m = QUOTE.matcher(text == null ? "" : text);
		while (m.find()) {
			if (!positions.containsKey(key(m.group(1)))) {
				return m.group();
			}
		}
		return null;
	}

	/** {@code text} with each "{Column}" replaced by the row's cell in that column. */
	String fill(String text, DelimitedRow row) {
		if (text == null || text.indexOf('{') < 0) {
			return text;
		}
		Matcher m = QUOTE.matcher(text);
		StringBuilder filled = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(filled, Matcher.quoteReplacement(row.field(positions.get(key(m.group(1))))));
		}
		return m.appendTail(filled).toString();
	}

}
