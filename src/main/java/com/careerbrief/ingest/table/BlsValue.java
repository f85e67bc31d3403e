package com.careerbrief.ingest.table;

import java.math.BigDecimal;

/**
 * One table cell as BLS and state agencies publish it: a number, a top-coded wage ({@code #}), a
 * "not available" marker, a blank, or something unreadable.
 *
 * @param kind what the cell holds
 * @param number the number for {@link Kind#NUMBER}, else null
 * @param meaning for markers, what the marker means; for {@link Kind#INVALID}, why it was not read
 */
public record BlsValue(Kind kind, BigDecimal number, String meaning) {

	/** What a cell holds. */
	public enum Kind {
		/** A plain number. */
		NUMBER,
		/** BLS {@code #}: at or above the year's top-code; the reader supplies the top-code. */
		TOP_CODED,
		/** A BLS marker ({@code *}, {@code **}, {@code ~}; {@code (8) -} in query-tool exports): no figure. */
		NOT_AVAILABLE,
		/** An empty cell: no figure. */
		BLANK,
		/** Neither a number nor a known marker: the row is rejected. */
		INVALID
	}

	static BlsValue number(BigDecimal n) {
		return new BlsValue(Kind.NUMBER, n, null);
	}

	static BlsValue marker(Kind kind, String meaning) {
		return new BlsValue(kind, null, meaning);
	}

	/** True when the cell gives a figure (a number or a top-coded bound). */
	public boolean givesFigure() {
		return kind == Kind.NUMBER || kind == Kind.TOP_CODED;
	}

}
