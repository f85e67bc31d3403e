package com.careerbrief.ingest.table.oews;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.careerbrief.ingest.table.DelimitedRow;

/**
 * Column positions by header name, ignoring case and surrounding spaces, for agency files whose
 * headers are written by hand (New York's has stray spaces).
 */
final class NamedColumns {

	private final Map<String, Integer> positions = new HashMap<>();

	private final int width;

	NamedColumns(String[] header) {
		for (int i = 0; i < header.length; i++) {
			positions.putIfAbsent(key(header[i]), i);
		}
		this.width = header.length;
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	/** True when the header names every one of {@code required}. */
	static boolean hasAll(String[] header, List<String> required) {
		NamedColumns columns = new NamedColumns(header);
		return required.stream().allMatch(columns::has);
	}

	boolean has(String name) {
		return positions.containsKey(key(name));
	}

	/** The cell of {@code name} in {@code row}, or "" when the column or cell is absent. */
	String get(DelimitedRow row, String name) {
		Integer i = positions.get(key(name));
		return i == null ? "" : row.field(i);
	}

	int width() {
		return width;
	}

}
