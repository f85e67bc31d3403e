package com.careerbrief.ingest.table;

import java.util.Arrays;

/**
 * Splits the regular lines of a delimited file (plain fields, and fields wholly in double quotes with
 * {@code ""} for a quote) without opencsv's per-character machinery, which was half of the OEWS ingest
 * time. Any other line (a backslash, a stray or unclosed quote, text after a closing quote) is left to
 * opencsv, so the result is always what opencsv gives.
 */
final class QuotedLineSplitter {

	private static final char QUOTE = '"';

	private final char delimiter;

	private String[] fields = new String[64];

	private int count;

	private final StringBuilder quoted = new StringBuilder(64);

	QuotedLineSplitter(char delimiter) {
		this.delimiter = delimiter;
	}

	/** The stripped fields of a regular line, or null when opencsv must decide. */
	String[] split(String line) {
		if (line.isEmpty() || line.indexOf('\\') >= 0) {
			return null;
		}
		count = 0;
		int pos = 0;
		while (true) {
			int end = line.startsWith("\"", pos) ? quotedField(line, pos) : plainField(line, pos);
			if (end < 0) {
				return null;
			}
			if (end == line.length()) {
				return Arrays.copyOf(fields, count);
			}
			pos = end + 1;
		}
	}

	/** Adds the field starting at {@code pos}; returns where it ends (a delimiter or the line end), or -1. */
	private int plainField(String line, int pos) {
		int end = line.indexOf(delimiter, pos);
		if (end < 0) {
			end = line.length();
		}
		for (int i = pos; i < end; i++) {
			if (line.charAt(i) == QUOTE) {
				return -1;
			}
		}
		add(line.substring(pos, end).strip());
		return end;
	}

	/** Adds the quoted field opening at {@code pos}; returns where it ends, or -1 when irregular. */
	private int quotedField(String line, int pos) {
		quoted.setLength(0);
		int from = pos + 1;
		while (true) {
			int close = line.indexOf(QUOTE, from);
			if (close < 0) {
				return -1;
			}
			quoted.append(line, from, close);
			int after = close + 1;
			if (after < line.length() && line.charAt(after) == QUOTE) {
				quoted.append(QUOTE);
				from = after + 1;
				continue;
			}
			if (after < line.length() && line.charAt(after) != delimiter) {
				return -1;
			}
			add(quoted.toString().strip());
			return after;
		}
	}

	private void add(String field) {
		if (count == fields.length) {
			fields = Arrays.copyOf(fields, count * 2);
		}
		fields[count++] = field;
	}

}
