package com.careerbrief.extract;

import com.careerbrief.model.Quote;

/**
 * One sentence of the cleaned text with where it sits: its section, its block (paragraph or list
 * item), the list item's label and the line that introduced the list.
 */
record Sentence(String section, int block, boolean listItem, String label, String listIntro, String text, int start,
		int end) {

	Quote quote() {
		return new Quote(section, text, start, end);
	}

	String lower() {
		return text.toLowerCase(java.util.Locale.ROOT);
	}
}
