package com.careerbrief.occupation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chooses the one SOC 2018 code a split SOC 2010 code is reported under.
 *
 * <p>
 * The rule, in order: (1) the same code when it survives (29-9099 stays 29-9099: the residual keeps
 * its number); (2) among the 2018 codes that were not formed from several 2010 codes (no {@code (##)}),
 * the one whose title shares the most words with the 2010 title; (3) when every target is a merged code,
 * the most similar title among all of them. Title similarity alone is not enough: for 29-2071 "Medical
 * Records and Health Information Technicians", 29-9021 "Health Information Technologists and Medical
 * Registrars" shares more words than 29-2072 "Medical Records Specialists", yet 29-9021 is marked
 * {@code (##)} (it pools 29-2071 with 29-9099) while 29-2072 came from 29-2071 alone, so 29-2072 is the
 * direct successor. Ties go to the first listed, so the choice is deterministic.
 */
public final class SplitSuccessorPolicy {

	private static final Set<String> STOP_WORDS = Set.of("and", "or", "of", "the", "except", "in", "for");

	private SplitSuccessorPolicy() {
	}

	/** The primary row among the rows of one SOC 2010 code (all with the same 2010 code, file order). */
	public static CrosswalkRow primary(List<CrosswalkRow> rows) {
		for (CrosswalkRow row : rows) {
			if (row.code2018().equals(row.code2010())) {
				return row;
			}
		}
		List<CrosswalkRow> direct = rows.stream().filter(row -> !row.merged()).toList();
		List<CrosswalkRow> candidates = direct.isEmpty() ? rows : direct;
		// max() keeps the last of equal elements, so compare on negated order to keep the first listed.
		Comparator<CrosswalkRow> bySimilarity = Comparator
			.comparingDouble((CrosswalkRow row) -> similarity(row.title2010(), row.title2018()))
			.thenComparing(row -> -candidates.indexOf(row));
		return candidates.stream().max(bySimilarity).orElseThrow();
	}

	/** Jaccard overlap of the titles' content words, 0 to 1. */
	static double similarity(String a, String b) {
		Set<String> wa = words(a);
		Set<String> wb = words(b);
		long shared = wa.stream().filter(wb::contains).count();
		int union = wa.size() + wb.size() - (int) shared;
		return union == 0 ? 0 : (double) shared / union;
	}

	private static Set<String> words(String title) {
		return Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^a-z]+"))
			.filter(w -> !w.isEmpty() && !STOP_WORDS.contains(w))
			.collect(Collectors.toSet());
	}

}
