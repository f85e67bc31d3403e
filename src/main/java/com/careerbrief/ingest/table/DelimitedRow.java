package com.careerbrief.ingest.table;

/**
 * One physical line of a delimited file, split into fields.
 *
 * @param line 1-based physical line number
 * @param raw the line as read (cut when very long)
 * @param fields the fields, stripped of surrounding spaces; empty when {@code problem} is set
 * @param problem why the line could not be split (unbalanced quote, too long), or null
 */
public record DelimitedRow(long line, String raw, String[] fields, String problem) {

	/** Longest raw text kept for a rejected row, so one bad megabyte line does not flood a report. */
	private static final int RAW_SHOWN = 300;

	/** The raw text cut to a readable length. */
	public String rawShown() {
		return raw.length() <= RAW_SHOWN ? raw : raw.substring(0, RAW_SHOWN) + "… (" + raw.length() + "+ characters)";
	}

	/** The field at {@code index}, or "" when the row is shorter. */
	public String field(int index) {
		return index >= 0 && index < fields.length ? fields[index] : "";
	}

	/** True when every field is empty (",,,,," or an empty line). */
	public boolean blank() {
		if (problem != null) {
			return false;
		}
		for (String field : fields) {
			if (!field.isEmpty()) {
				return false;
			}
		}
		return true;
	}

}
