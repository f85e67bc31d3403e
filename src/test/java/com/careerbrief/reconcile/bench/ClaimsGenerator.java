package com.careerbrief.reconcile.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import com.careerbrief.model.Claim;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Period;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.SourceRef;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.reconcile.bench.ErrorPlanter.Planted;
import com.careerbrief.reconcile.bench.GeneratedClaim.Pair;

/**
 * Generates, from the real OEWS series and a seeded {@link Random}, the claims of many synthetic articles
 * about occupation × statistic pairs whose truth is the May 2024 national annual figure. Each source
 * covers a pair with probability {@link Scenario#COVERAGE} and is wrong at its own rate; a wrong claim
 * carries one of the scenario's patterns. Copier sources repeat every claim of a sloppy source.
 */
final class ClaimsGenerator {

	private final OewsSeries series;

	private final List<String> codes;

	private final ErrorPlanter planter;

	ClaimsGenerator(OewsSeries series) {
		this.series = series;
		this.codes = series.codes();
		this.planter = new ErrorPlanter(series, codes);
	}

	/** Every pair with a May 2024 national annual figure (top-coded ones excluded). */
	List<Pair> pairs() {
		List<Pair> out = new ArrayList<>();
		for (String soc : codes) {
			OewsSeries.STATISTICS.forEach(s -> series.annual(soc, s, OewsSeries.TRUTH_YEAR).ifPresent(v -> out.add(new Pair(soc, s))));
		}
		return out;
	}

	BigDecimal truth(Pair pair) {
		return series.annual(pair.soc(), pair.statistic(), OewsSeries.TRUTH_YEAR).orElseThrow();
	}

	/** A source's error rate: three tiers, careful (0.3×), ordinary (1×) and sloppy (1.7× the scenario's share). */
	static double errorRate(Scenario scenario, int source) {
		double[] tiers = { 0.3, 1.0, 1.7 };
		return Math.min(0.95, scenario.errorShare() * tiers[source % 3]);
	}

	static String sourceId(int source) {
		return String.format("article-%02d", source);
	}

	List<GeneratedClaim> generate(Scenario scenario, long seed) {
		Random random = new Random(seed);
		List<GeneratedClaim> out = new ArrayList<>();
		int[] counters = new int[Scenario.SOURCES];
		for (Pair pair : pairs()) {
			BigDecimal truth = truth(pair);
			List<Integer> stale = planter.staleYears(pair, truth);
			int staleYear = stale.isEmpty() ? 0 : stale.get(random.nextInt(stale.size()));
			for (int s = 0; s < Scenario.SOURCES; s++) {
				if (random.nextDouble() < Scenario.COVERAGE) {
					out.add(claim(scenario, pair, truth, s, ++counters[s], staleYear, random));
				}
			}
		}
		out.addAll(copies(scenario, out));
		return out;
	}

	private GeneratedClaim claim(Scenario scenario, Pair pair, BigDecimal truth, int source, int n, int staleYear,
			Random random) {
		if (random.nextDouble() < errorRate(scenario, source)) {
			ErrorPattern pattern = scenario.patterns().get(random.nextInt(scenario.patterns().size()));
			Optional<Planted> planted = planter.plant(pattern, pair, truth, staleYear, random);
			if (planted.isPresent()) {
				return generated(sourceId(source), n, pair, planted.get(), pattern, pattern, truth);
			}
		}
		return generated(sourceId(source), n, pair, correct(pair, truth, random), ErrorPattern.NONE, ErrorPattern.NONE, truth);
	}

	/** The May 2024 figure, dated half the time, stated hourly one time in five when an hourly figure exists. */
	private Planted correct(Pair pair, BigDecimal truth, Random random) {
		Period period = random.nextBoolean() ? Period.survey(OewsSeries.TRUTH_YEAR) : Period.none();
		Statistic label = ErrorPlanter.label(pair.statistic(), random);
		Optional<BigDecimal> hourly = series.hourly(pair.soc(), pair.statistic(), OewsSeries.TRUTH_YEAR);
		if (random.nextDouble() < 0.2 && hourly.isPresent()) {
			return new Planted(hourly.get(), Unit.USD_PER_HOUR, period, label);
		}
		return new Planted(truth, Unit.USD_PER_YEAR, period, label);
	}

	/** Copier k (of the scenario's copiers) repeats every claim of sloppy source 3k+2 under its own name. */
	private static List<GeneratedClaim> copies(Scenario scenario, List<GeneratedClaim> originals) {
		List<GeneratedClaim> out = new ArrayList<>();
		for (int k = 0; k < scenario.copiers(); k++) {
			String original = sourceId((3 * (k % (Scenario.SOURCES / 3)) + 2));
			String copier = String.format("copier-%02d", k);
			int n = 0;
			for (GeneratedClaim g : originals) {
				if (g.sourceId().equals(original)) {
					Claim c = g.claim();
					Planted p = new Planted(c.valueLow(), c.unit(), c.period(), c.statistic());
					ErrorPattern pattern = g.pattern() == ErrorPattern.NONE ? ErrorPattern.NONE : ErrorPattern.COPIED;
					out.add(generated(copier, ++n, g.pair(), p, pattern, g.pattern(), g.truth()));
				}
			}
		}
		return out;
	}

	private static GeneratedClaim generated(String sourceId, int n, Pair pair, Planted p, ErrorPattern pattern,
			ErrorPattern copiedPattern, BigDecimal truth) {
		SourceRef source = new SourceRef(sourceId, null, sourceId, null, null, SourceKind.ARTICLE, sourceId + ".txt", 0);
		String worded = p.statistic() == Statistic.AVERAGE_AS_WORDED ? "average" : p.statistic().name().toLowerCase();
		Claim claim = new Claim(sourceId + "#F" + n, sourceId, pair.soc(), null, true, Metric.WAGE, worded, p.statistic(), 0,
				p.value(), null, p.unit(), p.period(), "United States", null, null, null, worded + " " + p.value(), null,
				source, List.of());
		return new GeneratedClaim(claim, pair, pattern, copiedPattern, truth);
	}
}
