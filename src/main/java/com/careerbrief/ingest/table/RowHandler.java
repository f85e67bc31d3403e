package com.careerbrief.ingest.table;

/**
 * The format-specific part of a {@link RowTableSource}: finds the header, then turns each data row
 * into exactly one {@link TableItem}.
 */
public interface RowHandler {

	/** Rows after the current one, for handlers that must look ahead (OEWS broad groups). */
	interface Lookahead {

		/** The row {@code distance} rows ahead (1 = next), or null past the end of the file. */
		DelimitedRow peek(int distance);
	}

	/**
	 * True when {@code row} is the header. It is called on every line before the header, so a handler
	 * may note preamble facts (the BLS query tool states occupation and period there); those lines are
	 * not data and are not counted.
	 */
	boolean isHeader(DelimitedRow row);

	/**
	 * Binds column positions from the header.
	 * @return a whole-file problem in words (a missing column), or null when the header is usable
	 */
	String bindHeader(DelimitedRow header);

	/** The layout as detected from the header, for the accounting; null to keep the format's name. */
	default String layoutName() {
		return null;
	}

	/** Turns one non-blank data row into its item; may throw, and the row is then rejected. */
	TableItem handle(DelimitedRow row, Lookahead ahead);

}
