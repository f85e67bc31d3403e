package com.careerbrief.report.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

	/** The territories OEWS publishes beside the states: a table that ranks states leaves them out. */
	private static final Set<String> TERRITORIES = Set.of("Guam", "Puerto Rico", "Virgin Islands");

	private UsStates() {
	}

	/** One pattern per state name, longest first so "West Virginia" is found before "Virginia". */
	private static final List<Map.Entry<String, Pattern>> NAME_PATTERNS = NAMES.values()
		.stream()
		.sorted(Comparator.comparingInt(String::length).reversed())
		.map(name -> Map.entry(name, Pattern.compile("\\b" + Pattern.quote(name) + "\\b(?!,? ?D\\.? ?C\\b)")))
		.toList();

	/** True for the name of a state or territory OEWS publishes ("New York", "District of Columbia"). */
	static boolean isStateName(String area) {
		return area != null && NAMES.containsValue(area);
	}

	/** True for Guam, Puerto Rico and the Virgin Islands, which OEWS publishes among the states but are not states. */
	static boolean isTerritory(String area) {
		return area != null && TERRITORIES.contains(area);
	}

	/**
	 * The states a text names, each once, in the order they appear; a longer name hides the shorter
	 * one inside it, and "Washington, D.C." is not the state of Washington.
	 */
	static List<String> namedIn(String text) {
		List<Map.Entry<Integer, String>> found = new ArrayList<>();
		String rest = text;
		for (Map.Entry<String, Pattern> name : NAME_PATTERNS) {
			Matcher m = name.getValue().matcher(rest);
			if (m.find()) {
				found.add(Map.entry(m.start(), name.getKey()));
				rest = m.replaceAll(" ".repeat(name.getKey().length())); // keeps positions for the order
			}
		}
		found.sort(Map.Entry.comparingByKey());
		return found.stream().map(Map.Entry::getValue).toList();
	}

	/**
	 * The postal codes an operator named ({@code --states=IN,CA}), with {@code ALL} standing for every
	 * state and territory OEWS publishes (54 of them), each code once, upper case, blanks dropped.
	 * @throws IllegalArgumentException for a code that names no state or territory
	 */
	public static List<String> expand(List<String> codes) {
		List<String> expanded = new ArrayList<>();
		for (String code : codes) {
			String upper = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
			List<String> named = upper.equals("ALL") ? List.copyOf(NAMES.keySet()) : upper.isEmpty() ? List.of() : List.of(upper);
			for (String one : named) {
				name(one); // refuses an unknown code
				if (!expanded.contains(one)) {
					expanded.add(one);
				}
			}
		}
		return expanded;
	}

	/** True for the postal code of a state or territory OEWS publishes (IN, DC, PR), case-insensitive. */
	public static boolean isCode(String code) {
		return code != null && NAMES.containsKey(code.trim().toUpperCase(Locale.ROOT));
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
