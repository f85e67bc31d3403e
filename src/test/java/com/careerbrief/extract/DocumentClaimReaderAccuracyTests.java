package com.careerbrief.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.careerbrief.model.Claim;

/**
 * Prints the precision and recall of figure claims over every test article (the two seeds and the
 * articles under src/test/resources/extract/articles) against hand-written gold lists. It reports,
 * it does not assert thresholds; it does fail when a gold file does not parse or names no article.
 */
class DocumentClaimReaderAccuracyTests {

	@TempDir
	Path dir;

	/** Counts for one article: exact matches, figures found with a wrong label, extras, misses. */
	private record Score(String article, int gold, int extracted, int exact, int valueOnly, List<String> notes) {
	}

	@Test
	void precisionAndRecallOfFigureClaims() throws Exception {
		List<String> sources = sources();
		try (Stream<Path> gold = Files.list(TestArticles.GOLD)) {
			List<String> goldNames = gold.map(p -> p.getFileName().toString().replaceFirst("\\.csv$", "")).sorted().toList();
			assertThat(goldNames).as("one gold file per article, each naming a real article").isEqualTo(sources);
		}
		List<Score> scores = new ArrayList<>();
		for (String source : sources) {
			List<GoldFigure> gold = GoldFigure.read(TestArticles.GOLD.resolve(source + ".csv"));
			assertThat(gold).as(source + " gold").isNotEmpty();
			scores.add(score(source, gold));
		}
		print(scores);
	}

	private List<String> sources() throws Exception {
		List<String> all = new ArrayList<>(List.of(SeedArticleFixtures.SEED_000.getFileName().toString(),
				SeedArticleFixtures.SEED_001.getFileName().toString()));
		all.addAll(TestArticles.names());
		return all.stream().sorted().toList();
	}

	private Score score(String source, List<GoldFigure> gold) throws Exception {
		Path file = source.equals(SeedArticleFixtures.SEED_000.getFileName().toString()) ? SeedArticleFixtures.SEED_000
				: source.equals(SeedArticleFixtures.SEED_001.getFileName().toString()) ? SeedArticleFixtures.SEED_001
						: TestArticles.file(source, dir);
		List<GoldFigure> found = SeedArticleFixtures.reader().read(file).claims().stream().filter(Claim::figure)
			.map(GoldFigure::of).toList();
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
		return new Score(source, gold.size(), found.size(), exact, valueOnly, notes);
	}

	private static void print(List<Score> scores) {
		StringBuilder out = new StringBuilder("\nFigure claims: exact = statistic, value, unit, period and place all right;"
				+ " value = the figure found, some label wrong\n");
		out.append(String.format(Locale.ROOT, "%-48s %5s %5s %5s %5s %9s %7s%n", "article", "gold", "found", "exact",
				"value", "precision", "recall"));
		int gold = 0;
		int found = 0;
		int exact = 0;
		int value = 0;
		for (Score s : scores) {
			out.append(row(s.article(), s.gold(), s.extracted(), s.exact(), s.valueOnly()));
			s.notes().forEach(n -> out.append(n).append('\n'));
			gold += s.gold();
			found += s.extracted();
			exact += s.exact();
			value += s.valueOnly();
		}
		out.append(row("ALL (" + scores.size() + " articles)", gold, found, exact, value));
		out.append(String.format(Locale.ROOT, "value-level (label ignored): precision %.3f, recall %.3f%n",
				ratio(exact + value, found), ratio(exact + value, gold)));
		System.out.println(out);
	}

	private static String row(String name, int gold, int found, int exact, int value) {
		return String.format(Locale.ROOT, "%-48s %5d %5d %5d %5d %9.3f %7.3f%n", name, gold, found, exact, value,
				ratio(exact, found), ratio(exact, gold));
	}

	private static double ratio(int a, int b) {
		return b == 0 ? 1.0 : (double) a / b;
	}
}
