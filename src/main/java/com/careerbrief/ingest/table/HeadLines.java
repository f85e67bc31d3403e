package com.careerbrief.ingest.table;

import java.io.IOException;
import java.util.List;

import com.opencsv.CSVParser;
import com.opencsv.CSVParserBuilder;

/** Splits the first lines of a file the way the row reader will, for {@link TableFormat#accepts}. */
public final class HeadLines {

	private HeadLines() {
	}

	/** The fields of line {@code index} (stripped), or an empty array when absent or unsplittable. */
	public static String[] fields(List<String> headLines, int index, char delimiter) {
		if (index >= headLines.size()) {
			return new String[0];
		}
		CSVParser parser = new CSVParserBuilder().withSeparator(delimiter).build();
		try {
			String[] fields = parser.parseLine(headLines.get(index));
			for (int i = 0; i < fields.length; i++) {
				fields[i] = fields[i].strip();
			}
			return fields;
		}
		catch (IOException ex) {
			return new String[0];
		}
	}

	/** The index of the first line whose first field equals {@code firstField} (ignoring case), or -1. */
	public static int indexStartingWith(List<String> headLines, String firstField, char delimiter) {
		for (int i = 0; i < headLines.size(); i++) {
			String[] fields = fields(headLines, i, delimiter);
			if (fields.length > 0 && fields[0].equalsIgnoreCase(firstField)) {
				return i;
			}
		}
		return -1;
	}

}
