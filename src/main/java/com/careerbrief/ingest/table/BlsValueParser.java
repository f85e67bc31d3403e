package com.careerbrief.ingest.table;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads number cells of BLS and state agency tables: thousands separators, dollar signs and the BLS
 * markers {@code * ** # ~} (the Field Descriptions' list). Nothing else means "not available": a
 * dash, {@code N/A} or a word is invalid. {@link CellReader} adds each publisher's own rules.
 */
public final class BlsValueParser {

	/** Optional minus, optional $, digits with optional thousands groups, optional decimals. */
	private static final Pattern NUMBER = Pattern.compile("-?\\$?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?|-?\\$?\\.\\d+");

	private BlsValueParser() {
	}

	/** Parses one cell; never throws. */
	public static BlsValue parse(String cell) {
		String text = cell == null ? "" : cell.strip();
		if (text.isEmpty()) {
			return BlsValue.marker(BlsValue.Kind.BLANK, "blank");
		}
		switch (text) {
			case "#":
				return BlsValue.marker(BlsValue.Kind.TOP_CODED, "at or above the top-code");
			case "*":
				return BlsValue.marker(BlsValue.Kind.NOT_AVAILABLE, "wage estimate not available");
			case "**":
				return BlsValue.marker(BlsValue.Kind.NOT_AVAILABLE, "employment estimate not available");
			case "~":
				return BlsValue.marker(BlsValue.Kind.NOT_AVAILABLE,
						"fewer than 0.5% of establishments report the occupation");
			default:
				break;
		}
		// Plain numbers first: they are nearly every cell, and the checks below use regular expressions.
		if (plainDecimal(text)) {
			return BlsValue.number(new BigDecimal(text));
		}
		if (text.length() <= 40 && NUMBER.matcher(text).matches()) {
			return BlsValue.number(new BigDecimal(text.replace("$", "").replace(",", "")));
		}
		return BlsValue.marker(BlsValue.Kind.INVALID, "is not a number or a BLS marker");
	}

	/** Fast path for the common case, digits with at most one point, skipping the regex. */
	private static boolean plainDecimal(String text) {
		if (text.length() > 18) {
			return false;
		}
		int points = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '.') {
				points++;
			}
			else if (c < '0' || c > '9') {
				return false;
			}
		}
		return points <= 1 && text.charAt(0) != '.' && text.charAt(text.length() - 1) != '.';
	}

}
