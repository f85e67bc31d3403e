package com.careerbrief.reconcile.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import com.careerbrief.reconcile.bench.GeneratedClaim.Pair;

/**
 * The reconciliation benchmark with known truth (not a unit test; run its main, see README "Reconciliation"):
 * generates claims from the real OEWS series with planted errors and correlated sources, runs careerbrief's
 * reconciler and five baselines (majority vote, plain mean, CRH, ACCU, ACCU-COPY) on them, the baselines on
 * careerbrief's footing ({@link BaselineClaim#onCareerbriefFooting}), and prints, per error pattern, the
 * chosen-value error and how often careerbrief's verdict names the error. Arguments: input folder (default
 * {@code input}), then one or more seeds (default 2024); several seeds print one table each.
 */
public final class ReconciliationBenchmark {

	private final OewsSeries series;

	private final ClaimsGenerator generator;

	private final CareerbriefRun careerbrief;

	private final Set<String> all;

	private final Set<String> calibration;

	private ReconciliationBenchmark(OewsSeries series, long seed) {
		this.series = series;
		this.generator = new ClaimsGenerator(series);
		this.careerbrief = new CareerbriefRun(series);
		this.all = Set.copyOf(series.codes());
		this.calibration = calibrationHalf(series.codes(), seed);
	}

	public static void main(String[] args) throws IOException {
		Path input = Path.of(args.length > 0 ? args[0] : "input");
		OewsSeries series = OewsSeries.load(input);
		List<Long> seeds = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			seeds.add(Long.parseLong(args[i]));
		}
		for (long seed : seeds.isEmpty() ? List.of(2024L) : seeds) {
			table(series, seed);
		}
	}

	private static void table(OewsSeries series, long seed) {
		ReconciliationBenchmark bench = new ReconciliationBenchmark(series, seed);
		System.out.printf(Locale.US, "%n%d occupations, %d occupation × statistic pairs, %d ordinary sources (+ correlated ones),"
				+ " seed %d%n%n", bench.all.size(), bench.generator.pairs().size(), Scenario.SOURCES, seed);
		System.out.println("| errors planted | wrong claims | pairs scored | a claim within 1% (ceiling) | verdict names the error "
				+ "| careerbrief | majority vote | plain mean | CRH | ACCU | ACCU-COPY |");
		System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
		List<Scenario> scenarios = Scenario.all();
		List<String> measured = new ArrayList<>();
		List<String> families = new ArrayList<>();
		for (int i = 0; i < scenarios.size(); i++) {
			CareerbriefRun.Outcome held = bench.row(scenarios.get(i), seed + i);
			measured.add(String.format(Locale.US, "%s %.1f", scenarios.get(i).name(), held.falseValues()));
			long copierPairs = held.dependences().stream()
				.filter(d -> d.sourceId().startsWith("copier") || d.copiesFrom().startsWith("copier")).count();
			families.add(String.format(Locale.US, "%s %d (%d with a copier)", scenarios.get(i).name(), held.dependences().size(),
					copierPairs));
		}
		System.out.printf("%nWrong values a wrong claim draws from (n, measured on the calibration half): %s.%n",
				String.join(", ", measured));
		System.out.printf("Dependent source pairs careerbrief found (P ≥ 0.5): %s.%n", String.join(", ", families));
	}

	/** Prints one row; returns careerbrief's run without official figures for the scored half. */
	private CareerbriefRun.Outcome row(Scenario scenario, long seed) {
		List<GeneratedClaim> claims = generator.generate(scenario, seed);
		ErrorPattern scored = scenario.scoredPattern();
		Predicate<GeneratedClaim> planted = g -> scored == null ? g.pattern() != ErrorPattern.NONE : g.pattern() == scored;
		List<GeneratedClaim> wrong = claims.stream().filter(planted).toList();
		CareerbriefRun.Outcome official = careerbrief.run(claims, all);
		double verdicts = VerdictScore.accuracy(wrong, official.verdicts());
		Set<Pair> pairs = new java.util.LinkedHashSet<>();
		claims.stream().filter(g -> !calibration.contains(g.pair().soc()) && (scored == null || planted.test(g)))
				.forEach(g -> pairs.add(g.pair()));
		CareerbriefRun.Outcome held = careerbrief.run(claims, calibration);
		Map<Pair, BigDecimal> chosen = held.chosen();
		List<BaselineClaim> input = BaselineClaim.onCareerbriefFooting(baselineInput(claims));
		System.out.printf(Locale.US, "| %s | %d of %d (%.1f%%) | %d | %.1f%% | %.1f%% | %s | %s | %s | %s | %s | %s |%n",
				scenario.name(), wrong.size(), claims.size(), wrong.size() * 100.0 / claims.size(), pairs.size(),
				ceiling(pairs, baselineInput(claims)), verdicts,
				score(pairs, chosen).cell(), score(pairs, SimpleBaselines.majorityVote(input)).cell(),
				score(pairs, SimpleBaselines.mean(input)).cell(), score(pairs, Crh.truths(input)).cell(),
				score(pairs, Accu.accu(input)).cell(), score(pairs, Accu.accuCopy(input)).cell());
		if (scored == null) {
			summary(claims, pairs, chosen, official);
		}
		return held;
	}

	/**
	 * The share of scored pairs for which at least one claim (hourly converted, "average" as mean) is
	 * within 1% of the truth: no method that reports a value some source stated can do better.
	 */
	private double ceiling(Set<Pair> pairs, List<BaselineClaim> input) {
		Map<Pair, List<BaselineClaim>> byPair = input.stream()
			.collect(java.util.stream.Collectors.groupingBy(BaselineClaim::entry));
		long reachable = pairs.stream().filter(p -> byPair.getOrDefault(p, List.of()).stream()
				.anyMatch(c -> Math.abs(c.value() - generator.truth(p).doubleValue()) <= 0.01 * generator.truth(p).doubleValue()))
			.count();
		return pairs.isEmpty() ? 0 : reachable * 100.0 / pairs.size();
	}

	/** The baselines get every claim and, for the calibration half, BLS May 2024 as one more source. */
	private List<BaselineClaim> baselineInput(List<GeneratedClaim> claims) {
		List<BaselineClaim> input = new ArrayList<>(BaselineClaim.of(claims));
		generator.pairs().stream().filter(p -> calibration.contains(p.soc()))
				.forEach(p -> input.add(new BaselineClaim(p, BaselineClaim.OFFICIAL, generator.truth(p).doubleValue(), OewsSeries.TRUTH_YEAR)));
		return input;
	}

	private void summary(List<GeneratedClaim> claims, Set<Pair> pairs, Map<Pair, BigDecimal> chosen,
			CareerbriefRun.Outcome withOfficial) {
		List<GeneratedClaim> correct = claims.stream().filter(g -> g.pattern() == ErrorPattern.NONE).toList();
		double correctVerdicts = VerdictScore.accuracy(correct, withOfficial.verdicts());
		ValueScore held = score(pairs, chosen);
		ValueScore official = score(generator.pairs(), withOfficial.chosen());
		System.out.printf(Locale.US, "%nCorrect claims found to match (and nothing else): %.1f%% of %d.%n", correctVerdicts,
				correct.size());
		System.out.printf(Locale.US, "Mixed, no official figures for the scored half: careerbrief picks the right value "
				+ "(within 0.25%%) for %.1f%% and within 1%% for %.1f%% of %d pairs.%n", held.exact(), held.within1(), pairs.size());
		System.out.printf(Locale.US, "Mixed, official figures given (as in a real run): %.1f%% of %d pairs right.%n",
				official.exact(), generator.pairs().size());
	}

	private ValueScore score(Set<Pair> pairs, Map<Pair, ? extends Number> chosen) {
		return ValueScore.of(pairs, chosen, generator::truth);
	}

	private ValueScore score(List<Pair> pairs, Map<Pair, ? extends Number> chosen) {
		return ValueScore.of(pairs, chosen, generator::truth);
	}

	/** Half of the occupations, drawn with the seed, keep their official figures to calibrate source weights. */
	static Set<String> calibrationHalf(List<String> codes, long seed) {
		List<String> shuffled = new ArrayList<>(codes);
		Collections.shuffle(shuffled, new Random(seed));
		return Set.copyOf(shuffled.subList(0, shuffled.size() / 2));
	}
}
