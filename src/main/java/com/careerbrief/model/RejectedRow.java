package com.careerbrief.model;

/**
 * An input row that was not accepted, kept with enough context for a person to find and fix it.
 *
 * @param file input file name
 * @param line 1-based physical line number, or 0 for a whole-file problem
 * @param raw the raw text of the row (cut to a readable length)
 * @param reason what was expected, in words a person understands
 * @param filtered true when the row was deliberately set aside (a duplicate broad row, a footnote),
 *        false when it was rejected as bad input
 */
public record RejectedRow(String file, long line, String raw, String reason, boolean filtered) {
}
