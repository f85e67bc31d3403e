package com.careerbrief.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the figure claims read from one article compare with its gold: exact matches (statistic, value, unit,
 * period and place right), figures found with a wrong label, extras and misses, with a note for each error.
 */
record GoldScore(String article, int gold, int found, int exact, int valueOnly, List<String> notes) {

	/** Matches each gold figure to the first extracted one with the same labels, else the same value. */
	static GoldScore of(String article, List<GoldFigure> gold, List<GoldFigure> found) {
		List<GoldFigure> unmatched = new ArrayList<>(found);
		List<String> notes = new ArrayList<>();
		int exact = 0;
		int valueOnly = 0;
		for (GoldFigure g : gold) {
			GoldFigure hit = unmatched.stream().filter(g::matches).findFirst()
				.orElse(unmatched.stream().filter(g::sameValue).findFirst().orElse(null));
			if (hit == null) {
				notes.add("  missed:    " + g);
				continue;
			}
			unmatched.remove(hit);
			if (g.matches(hit)) {
				exact++;
			}
			else {
				valueOnly++;
				notes.add("  mislabelled: gold " + g + "\n               got  " + hit);
			}
		}
		unmatched.forEach(u -> notes.add("  extra:     " + u));
		return new GoldScore(article, gold.size(), found.size(), exact, valueOnly, notes);
	}

	/** The sum over several articles, named {@code name}. */
	static GoldScore total(String name, List<GoldScore> scores) {
		return new GoldScore(name, scores.stream().mapToInt(GoldScore::gold).sum(),
				scores.stream().mapToInt(GoldScore::found).sum(), scores.stream().mapToInt(GoldScore::exact).sum(),
				scores.stream().mapToInt(GoldScore::valueOnly).sum(), List.of());
	}

	/** Share of extracted figures that are exactly right (1 when nothing was extracted). */
	double precision() {
		return ratio(exact, found);
	}

	/** Share of gold figures extracted exactly right (1 when the gold is empty). */
	double recall() {
		return ratio(exact, gold);
	}

	/** Precision counting a figure found with a wrong label as found. */
	double valuePrecision() {
		return ratio(exact + valueOnly, found);
	}

	/** Recall counting a figure found with a wrong label as found. */
	double valueRecall() {
		return ratio(exact + valueOnly, gold);
	}

	/** One table row: article, gold, found, exact, value-only, precision, recall. */
	String row() {
		return String.format(Locale.ROOT, "%-48s %5d %5d %5d %5d %9.3f %7.3f%n", article, gold, found, exact, valueOnly,
				precision(), recall());
	}

	private static double ratio(int a, int b) {
		return b == 0 ? 1.0 : (double) a / b;
	}
}
