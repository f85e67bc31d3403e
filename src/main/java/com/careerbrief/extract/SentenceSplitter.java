package com.careerbrief.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits a block of text into sentences without breaking at abbreviations such as "U.S." or "Dr.". */
final class SentenceSplitter {

	private static final Set<String> ABBREVIATIONS = Set.of("dr", "mr", "mrs", "ms", "st", "inc", "vs", "e.g", "i.e",
			"jr", "sr", "no", "approx", "etc", "u.s", "a.m", "p.m", "jan", "feb", "aug", "sept", "oct", "nov", "dec");

	private SentenceSplitter() {
	}

	/** Sentence spans [start, end) within text[from, to). */
	static List<int[]> split(String text, int from, int to) {
		List<int[]> spans = new ArrayList<>();
		int start = from;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if ((c == '.' || c == '!' || c == '?') && isBoundary(text, i, to)) {
				int end = i + 1;
				while (end < to && "\"”’)".indexOf(text.charAt(end)) >= 0) {
					end++;
				}
				add(text, spans, start, end);
				start = end;
				i = end - 1;
			}
		}
		add(text, spans, start, to);
		return spans;
	}

	private static boolean isBoundary(String text, int i, int to) {
		int next = i + 1;
		while (next < to && "\"”’)".indexOf(text.charAt(next)) >= 0) {
			next++;
		}
		if (next >= to) {
			return true;
		}
		if (!Character.isWhitespace(text.charAt(next))) {
			return false;
		}
		int after = next;
		while (after < to && Character.isWhitespace(text.charAt(after))) {
			after++;
		}
		if (after >= to) {
			return true;
		}
		char n = text.charAt(after);
		if (!(Character.isUpperCase(n) || Character.isDigit(n) || "\"“$(".indexOf(n) >= 0)) {
			return false;
		}
		return text.charAt(i) != '.' || !isAbbreviation(text, i);
	}

	private static boolean isAbbreviation(String text, int dot) {
		int s = dot;
		while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
			s--;
		}
		String word = text.substring(s, dot).toLowerCase();
		return ABBREVIATIONS.contains(word) || word.length() == 1 || word.matches("([a-z]\\.)+[a-z]");
	}

	private static void add(String text, List<int[]> spans, int start, int end) {
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (end > start) {
			spans.add(new int[] { start, end });
		}
	}
}
