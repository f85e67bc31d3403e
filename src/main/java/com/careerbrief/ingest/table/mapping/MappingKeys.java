package com.careerbrief.ingest.table.mapping;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

/** The keys of one layout mapping file, with errors that name the file and the key. */
final class MappingKeys {

	private final String origin;

	private final Properties properties;

	MappingKeys(String origin, Properties properties) {
		this.origin = origin;
		this.properties = properties;
	}

	boolean has(String key) {
		return properties.getProperty(key) != null;
	}

	String required(String key) {
		String value = properties.getProperty(key);
		if (value == null || value.isBlank()) {
			throw problem(key, "is missing");
		}
		return value.strip();
	}

	String optional(String key, String otherwise) {
		String value = properties.getProperty(key);
		return value == null ? otherwise : value.strip();
	}

	/** Keys starting with {@code prefix}, numbered keys in number order ("figure.2" before "figure.10"). */
	List<String> withPrefix(String prefix) {
		return properties.stringPropertyNames().stream().filter(k -> k.startsWith(prefix))
			.sorted(Comparator.comparingInt((String k) -> number(k.substring(prefix.length())))
				.thenComparing(Comparator.naturalOrder()))
			.toList();
	}

	private static int number(String suffix) {
		return suffix.matches("\\d{1,9}") ? Integer.parseInt(suffix) : Integer.MAX_VALUE;
	}

	<E extends Enum<E>> E enumValue(String key, Class<E> type, String value) {
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			throw problem(key, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
		}
	}

	IllegalArgumentException problem(String key, String what) {
		return new IllegalArgumentException("layout mapping " + origin + ": " + key + " " + what);
	}

}
