package com.careerbrief.extract;

import java.util.List;

import com.careerbrief.model.Quote;

/** A paragraph, list item or heading of the cleaned text, with its sentences. */
record Block(int index, boolean heading, boolean listItem, String section, String label, String listIntro, String text,
		int start, int end, List<Sentence> sentences) {

	Quote quote() {
		return new Quote(section, text, start, end);
	}
}
