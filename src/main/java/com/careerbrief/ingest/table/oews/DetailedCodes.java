package com.careerbrief.ingest.table.oews;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The detailed occupation codes an OEWS file has kept so far: the line each was first kept on (to
 * filter a repeated row) and the latest few (to match a broad group row to the detailed rows before
 * it). Codes are "dd-dddd", so a plain array indexed by the six digits replaces a map of a million
 * boxed entries, which was the heaviest part of the ingest on a large file.
 */
final class DetailedCodes {

	/** Broad rows sit within 9 rows of their detailed rows in every national file; 32 is ample. */
	static final int NEIGHBOURHOOD = 32;

	private static final int CODES = 1_000_000;

	private final Deque<String> recent = new ArrayDeque<>(NEIGHBOURHOOD + 1);

	/** Line of the first kept row per code index, 0 when not kept; allocated on the first code. */
	private long[] firstLine;

	/** The code's index 0..999999 when it is shaped like a SOC code ("29-2072"), else -1. */
	static int index(String code) {
		if (code.length() != 7 || code.charAt(2) != '-') {
			return -1;
		}
		int index = 0;
		for (int i = 0; i < 7; i++) {
			char c = code.charAt(i);
			if (i == 2) {
				continue;
			}
			if (c < '0' || c > '9') {
				return -1;
			}
			index = index * 10 + (c - '0');
		}
		return index;
	}

	/** The line {@code code} was first kept on, or 0 when it was not kept yet. */
	long firstLine(String code) {
		int index = index(code);
		return firstLine == null || index < 0 ? 0 : firstLine[index];
	}

	/** Records that the row on {@code line} was kept for {@code code}. */
	void keep(String code, long line) {
		if (firstLine == null) {
			firstLine = new long[CODES];
		}
		firstLine[index(code)] = line;
		recent.addLast(code);
		if (recent.size() > NEIGHBOURHOOD) {
			recent.removeFirst();
		}
	}

	/** Adds the recently kept codes starting with {@code prefix} to {@code children}. */
	void addRecent(String prefix, List<String> children) {
		for (String code : recent) {
			if (code.startsWith(prefix)) {
				children.add(code);
			}
		}
	}

}
