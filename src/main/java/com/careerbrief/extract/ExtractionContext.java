package com.careerbrief.extract;

import java.util.List;

import com.careerbrief.model.Period;
import com.careerbrief.occupation.OccupationResolver;

/**
 * What every extractor needs to know about the document being read.
 *
 * @param layout the cleaned text split into blocks and sentences
 * @param inheritedPeriod the period a figure gets when it states none (from the document date)
 * @param resolver finds occupation titles named in a sentence
 */
record ExtractionContext(DocumentLayout layout, Period inheritedPeriod, OccupationResolver resolver) {

	/** Sentences earlier in the same block, nearest first: figures such as "This means…" lean on them. */
	List<Sentence> earlierInBlock(Sentence s) {
		return layout.blocks().get(s.block()).sentences().stream().filter(o -> o.end() <= s.start())
			.sorted((a, b) -> Integer.compare(b.start(), a.start())).toList();
	}
}
