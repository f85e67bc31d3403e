package com.careerbrief.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.careerbrief.model.Claim;

/**
 * Precision and recall of figure claims against hand-written gold lists, printed per article, on three sets:
 * the articles written for the tests with the two seeds, the development articles (real public articles the
 * rules may be improved on) and the frozen held-out articles (real public articles the rules are never tuned
 * on; see src/test/resources/extract/heldout/README.md). The first two are pinned exactly, so any change in
 * what is read shows; the frozen set must stay above its floors.
 */
class DocumentClaimReaderAccuracyTests {

	private static final Path DEV = Path.of("src/test/resources/extract/dev");

	private static final Path HELD_OUT = Path.of("src/test/resources/extract/heldout");

	/**
	 * The real articles' texts are third parties' words from a stored copy of public pages whose terms say
	 * never to copy them verbatim, so the repository keeps only their addresses and gold. The texts are read
	 * from this folder ({@code dev/} and {@code heldout/} below it) where someone entitled to keep them has put
	 * them: {@code -Dcareerbrief.real-articles=DIR}, else {@code ../shared/real-articles}.
	 */
	private static final Path REAL_TEXTS = Path.of(System.getProperty("careerbrief.real-articles",
			"../shared/real-articles"));

	/*
	 * Issue 15 asks for exact precision >= 0.9 and recall >= 0.85 on the frozen set. Not met. Measured after each
	 * round of development work, never between, and no rule was changed after looking at this set:
	 * - 2026-12-01, after the first 14 development articles: precision 51/73 = 0.699, recall 51/74 = 0.689
	 *   (value-level 0.849, 0.838).
	 * - later that day, after rules made on a second batch of 14: 51/74 = 0.689 and 0.689 (value-level 0.851,
	 *   0.851): one more figure found, with a wrong label; those rules did not carry over.
	 * - later that day, after rules made on a third and a fourth batch of 14 (commit 7b78915): precision 55/75 =
	 *   0.733, recall 55/74 = 0.743 (value-level 0.867, 0.878).
	 * - later that day, after rules made on a fifth batch and narrowed after a review (commit dd27164): precision
	 *   58/75 = 0.773, recall 58/74 = 0.784 (value-level 0.893, 0.905).
	 * - 2026-12-02, after rules made on a sixth batch (commit d32474a): the same, 0.773 and 0.784.
	 * The floors are the last measurement, so a drop fails. Raise them only when a change made on the
	 * development set lifts the frozen figures.
	 */
	private static final double FROZEN_PRECISION_FLOOR = 0.773;

	private static final double FROZEN_RECALL_FLOOR = 0.783;

	@TempDir
	Path dir;

	@Test
	void writtenArticlesAndSeedsArePinned() throws Exception {
		List<String> sources = new ArrayList<>(List.of(SeedArticleFixtures.SEED_000.getFileName().toString(),
				SeedArticleFixtures.SEED_001.getFileName().toString()));
		sources.addAll(TestArticles.names());
		List<GoldScore> scores = new ArrayList<>();
		for (String source : sources.stream().sorted().toList()) {
			scores.add(score(source, readable(source), TestArticles.GOLD.resolve(source + ".csv")));
		}
		assertGoldNamesArticles(TestArticles.GOLD, sources);
		GoldScore total = print("written articles and seeds", scores);
		assertThat(counts(total)).containsExactly(69, 69, 69, 0);
	}

	@Test
	void developmentArticlesArePinned() throws Exception {
		GoldScore total = print("development articles (real, rules may be tuned on them)", scoreFolder(DEV));
		assertThat(counts(total)).containsExactly(551, 522, 446, 36);
	}

	@Test
	void frozenHeldOutArticlesStayAboveTheirFloors() throws Exception {
		GoldScore total = print("FROZEN held-out articles (real, never tuned on)", scoreFolder(HELD_OUT));
		assertThat(total.precision()).as("exact precision on the frozen set").isGreaterThanOrEqualTo(FROZEN_PRECISION_FLOOR);
		assertThat(total.recall()).as("exact recall on the frozen set").isGreaterThanOrEqualTo(FROZEN_RECALL_FLOOR);
	}

	private List<GoldScore> scoreFolder(Path set) throws Exception {
		Path texts = REAL_TEXTS.resolve(set.getFileName()).resolve("articles");
		Assumptions.assumeTrue(Files.isDirectory(texts), "The texts of " + set.getFileName() + " are not in the"
				+ " repository (see " + set.resolve("README.md") + "); not found at " + texts.toAbsolutePath());
		List<String> sources;
		try (Stream<Path> files = Files.list(texts)) {
			sources = files.map(p -> p.getFileName().toString()).sorted().toList();
		}
		assertGoldNamesArticles(set.resolve("gold"), sources);
		List<GoldScore> scores = new ArrayList<>();
		for (String source : sources) {
			scores.add(score(source, texts.resolve(source), set.resolve("gold").resolve(source + ".csv")));
		}
		return scores;
	}

	private static void assertGoldNamesArticles(Path goldFolder, List<String> sources) throws Exception {
		try (Stream<Path> gold = Files.list(goldFolder)) {
			assertThat(gold.map(p -> p.getFileName().toString().replaceFirst("\\.csv$", "")).sorted().toList())
				.as("one gold file per article in " + goldFolder).isEqualTo(sources.stream().sorted().toList());
		}
	}

	private Path readable(String source) throws Exception {
		return source.equals(SeedArticleFixtures.SEED_000.getFileName().toString()) ? SeedArticleFixtures.SEED_000
				: source.equals(SeedArticleFixtures.SEED_001.getFileName().toString()) ? SeedArticleFixtures.SEED_001
						: TestArticles.file(source, dir);
	}

	private static GoldScore score(String source, Path file, Path goldFile) throws Exception {
		List<GoldFigure> gold = GoldFigure.read(goldFile);
		assertThat(gold).as(source + " gold").isNotEmpty();
		List<GoldFigure> found = SeedArticleFixtures.reader().read(file).claims().stream().filter(Claim::figure)
			.map(GoldFigure::of).toList();
		return GoldScore.of(source, gold, found);
	}

	private static List<Integer> counts(GoldScore s) {
		return List.of(s.gold(), s.found(), s.exact(), s.valueOnly());
	}

	private static GoldScore print(String set, List<GoldScore> scores) {
		StringBuilder out = new StringBuilder("\n" + set + ": exact = statistic, value, unit, period and place all right;"
				+ " value = the figure found, some label wrong\n");
		out.append(String.format(Locale.ROOT, "%-48s %5s %5s %5s %5s %9s %7s%n", "article", "gold", "found", "exact",
				"value", "precision", "recall"));
		for (GoldScore s : scores) {
			out.append(s.row());
			s.notes().forEach(n -> out.append(n).append('\n'));
		}
		GoldScore total = GoldScore.total("ALL (" + scores.size() + " articles)", scores);
		out.append(total.row());
		out.append(String.format(Locale.ROOT, "value-level (label ignored): precision %.3f, recall %.3f%n",
				total.valuePrecision(), total.valueRecall()));
		System.out.println(out);
		return total;
	}
}
