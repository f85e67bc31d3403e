package com.careerbrief.report.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the postal codes an operator passes ({@code --states=IN,CA}) into the state names the OEWS tables use. */
public final class UsStates {

	private static final Map<String, String> NAMES = new TreeMap<>();

	static {
		String[] pairs = { "AL", "Alabama", "AK", "Alaska", "AZ", "Arizona", "AR", "Arkansas", "CA", "California",
				"CO", "Colorado", "CT", "Connecticut", "DE", "Delaware", "DC", "District of Columbia", "FL", "Florida",
				"GA", "Georgia", "HI", "Hawaii", "ID", "Idaho", "IL", "Illinois", "IN", "Indiana", "IA", "Iowa",
				"KS", "Kansas", "KY", "Kentucky", "LA", "Louisiana", "ME", "Maine", "MD", "Maryland",
				"MA", "Massachusetts", "MI", "Michigan", "MN", "Minnesota", "MS", "Mississippi", "MO", "Missouri",
				"MT", "Montana", "NE", "Nebraska", "NV", "Nevada", "NH", "New Hampshire", "NJ", "New Jersey",
				"NM", "New Mexico", "NY", "New York", "NC", "North Carolina", "ND", "North Dakota", "OH", "Ohio",
				"OK", "Oklahoma", "OR", "Oregon", "PA", "Pennsylvania", "RI", "Rhode Island", "SC", "South Carolina",
				"SD", "South Dakota", "TN", "Tennessee", "TX", "Texas", "UT", "Utah", "VT", "Vermont", "VA", "Virginia",
				"WA", "Washington", "WV", "West Virginia", "WI", "Wisconsin", "WY", "Wyoming", "GU", "Guam",
				"PR", "Puerto Rico", "VI", "Virgin Islands" };
		for (int i = 0; i < pairs.length; i += 2) {
			NAMES.put(pairs[i], pairs[i + 1]);
		}
	}

	private UsStates() {
	}

	/**
	 * The states a text names, longest name first so "West Virginia" is not also read as "Virginia",
	 * each once, in the order they first appear.
	 */
	static List<String> namedIn(String text) {
		List<String> found = new ArrayList<>();
		String rest = text;
		List<String> names = NAMES.values().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
		for (String name : names) {
			Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(rest);
			if (m.find()) {
				found.add(name);
				rest = m.replaceAll(" ");
			}
		}
		found.sort(Comparator.comparingInt(text::indexOf));
		return found;
	}

	/**
	 * The state's name for a two-letter postal code, case-insensitive.
	 * @throws IllegalArgumentException for a code that names no state or territory OEWS publishes
	 */
	public static String name(String code) {
		String name = code == null ? null : NAMES.get(code.trim().toUpperCase(Locale.ROOT));
		if (name == null) {
			throw new IllegalArgumentException("Unknown state code \"" + code + "\"; use a two-letter postal code such as IN or CA");
		}
		return name;
	}
}
