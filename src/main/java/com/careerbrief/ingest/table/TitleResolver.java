package com.careerbrief.ingest.table;

import java.util.List;

import com.careerbrief.occupation.OnetTitleIndex;

/**
 * Finds the SOC 2018 codes an occupation title written in a table stands for, so a figure given by title
 * (the generic figures CSV) is checked like one given by code. In a run it is the O*NET title index.
 */
@FunctionalInterface
public interface TitleResolver {

	/**
	 * The distinct SOC 2018 codes whose O*NET title or alternate title is {@code title}, compared as
	 * {@link OnetTitleIndex#normalise} does (case, punctuation and a plural ending ignored).
	 * @return one code when the title is known, several when it is ambiguous, none when unknown
	 */
	List<String> codesFor(String title);

	/** Titles resolved through O*NET occupation and alternate titles. */
	static TitleResolver of(OnetTitleIndex index) {
		return title -> index.lookup(title).stream().map(OnetTitleIndex.Entry::socCode).distinct().toList();
	}

	/** No title index: every title is unknown (and its row rejected with that reason). */
	static TitleResolver none() {
		return title -> List.of();
	}

}
