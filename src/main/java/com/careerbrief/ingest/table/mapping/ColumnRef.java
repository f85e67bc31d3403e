package com.careerbrief.ingest.table.mapping;

import java.util.Arrays;
import java.util.List;

/**
 * A column named in a layout mapping by one or more header aliases ("SOC code | Standard Occupational
 * Code"); the first alias found in a file's header is the column.
 */
public record ColumnRef(List<String> aliases) {

	public ColumnRef {
		aliases = List.copyOf(aliases);
	}

	/** Reads "a | b | c" as three aliases. */
	public static ColumnRef parse(String text) {
		return new ColumnRef(Arrays.stream(text.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList());
	}

	/** The name used in reject reasons: the first alias. */
	public String display() {
		return aliases.get(0);
	}

}
