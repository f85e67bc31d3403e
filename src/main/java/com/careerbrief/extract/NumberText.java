package com.careerbrief.extract;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/** Reads numbers as articles write them: "28000", "37,110", "$61.4k", "twenty", "two to three". */
final class NumberText {

	private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
			Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
			Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
			Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
			Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
			Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
			Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
			Map.entry("ninety", 90), Map.entry("a", 1), Map.entry("an", 1));

	private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";

	private static final String WORD_NUMBER = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:"
			+ UNITS + "))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" + UNITS
			+ ")(?: (?:hundred|thousand))?";

	/** A number in digits (with commas, decimals, k) or in words, as a regex fragment. */
	static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?i:" + WORD_NUMBER + "))";

	private NumberText() {
	}

	/** Parses digits or words; returns null when the text is not a number. */
	static BigDecimal parse(String raw) {
		String s = raw.trim().toLowerCase(Locale.ROOT);
		BigDecimal multiplier = BigDecimal.ONE;
		if (s.endsWith("k")) {
			multiplier = BigDecimal.valueOf(1000);
			s = s.substring(0, s.length() - 1).trim();
		}
		if (s.matches("[\\d,]+(\\.\\d+)?")) {
			return new BigDecimal(s.replace(",", "")).multiply(multiplier);
		}
		return words(s);
	}

	private static BigDecimal words(String s) {
		int total = 0;
		int current = 0;
		for (String w : s.split("[- ]+")) {
			if (w.equals("hundred")) {
				current = Math.max(current, 1) * 100;
			}
			else if (w.equals("thousand")) {
				total += Math.max(current, 1) * 1000;
				current = 0;
			}
			else if (WORDS.containsKey(w)) {
				current += WORDS.get(w);
			}
			else {
				return null;
			}
		}
		return BigDecimal.valueOf(total + current);
	}
}
