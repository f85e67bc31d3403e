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
 * carries one of the scenario's patterns. Correlated sources join them: copiers that take a sloppy source's
 * claims with a set probability, errors included; sources that repeat a whole stale table (one older year for
 * every claim); and reliably wrong sources.
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
		int[] counters = new int[scenario.sources()];
		int[] tableYears = new int[scenario.staleTables()];
		for (int k = 0; k < tableYears.length; k++) {
			tableYears[k] = ErrorPlanter.OLD_YEARS.get(random.nextInt(ErrorPlanter.OLD_YEARS.size()));
		}
		for (Pair pair : pairs()) {
			BigDecimal truth = truth(pair);
			List<Integer> stale = planter.staleYears(pair, truth);
			int staleYear = stale.isEmpty() ? 0 : stale.get(random.nextInt(stale.size()));
			for (int s = 0; s < Scenario.SOURCES; s++) {
				if (random.nextDouble() < Scenario.COVERAGE) {
					out.add(claim(scenario, pair, truth, s, ++counters[s], staleYear, random));
				}
			}
			for (int k = 0; k < tableYears.length; k++) {
				if (random.nextDouble() < Scenario.COVERAGE) {
					int n = ++counters[Scenario.SOURCES + k];
					staleTable(pair, truth, k, tableYears[k], n, random).ifPresent(out::add);
				}
			}
			for (int k = 0; k < scenario.wrongSources(); k++) {
				if (random.nextDouble() < Scenario.COVERAGE) {
					int n = ++counters[Scenario.SOURCES + tableYears.length + k];
					out.add(reliablyWrong(scenario, pair, truth, k, n, staleYear, random));
				}
			}
		}
		out.addAll(copies(scenario, out, random));
		return out;
	}

	private GeneratedClaim claim(Scenario scenario, Pair pair, BigDecimal truth, int source, int n, int staleYear,
			Random random) {
		return claim(scenario, pair, truth, sourceId(source), errorRate(scenario, source), n, staleYear, random);
	}

	private GeneratedClaim claim(Scenario scenario, Pair pair, BigDecimal truth, String source, double errorRate, int n,
			int staleYear, Random random) {
		if (random.nextDouble() < errorRate) {
			ErrorPattern pattern = scenario.patterns().get(random.nextInt(scenario.patterns().size()));
			Optional<Planted> planted = planter.plant(pattern, pair, truth, staleYear, random);
			if (planted.isPresent()) {
				return generated(source, n, pair, planted.get(), pattern, pattern, truth);
			}
		}
		return generated(source, n, pair, correct(pair, truth, random), ErrorPattern.NONE, ErrorPattern.NONE, truth);
	}

	/**
	 * Stale-table source k gives, for every pair it covers, the statistic of its one older year (stated as that
	 * year by the even-numbered tables, undated by the others); nothing where that year has no figure.
	 */
	private Optional<GeneratedClaim> staleTable(Pair pair, BigDecimal truth, int k, int year, int n, Random random) {
		Statistic label = ErrorPlanter.label(pair.statistic(), random);
		return series.annual(pair.soc(), pair.statistic(), year).map(v -> {
			Planted p = new Planted(v, Unit.USD_PER_YEAR, k % 2 == 0 ? Period.survey(year) : Period.none(), label);
			ErrorPattern pattern = ErrorPlanter.far(v, truth, 1) ? ErrorPattern.STALE_TABLE : ErrorPattern.NONE;
			return generated(String.format("stale-%02d", k), n, pair, p, pattern, pattern, truth);
		});
	}

	/** A reliably wrong source: wrong in 90% of its claims, with the scenario's patterns. */
	private GeneratedClaim reliablyWrong(Scenario scenario, Pair pair, BigDecimal truth, int k, int n, int staleYear,
			Random random) {
		GeneratedClaim g = claim(scenario, pair, truth, String.format("wrong-%02d", k), Scenario.RELIABLY_WRONG, n, staleYear,
				random);
		return g.pattern() == ErrorPattern.NONE ? g
				: new GeneratedClaim(g.claim(), g.pair(), ErrorPattern.RELIABLY_WRONG, g.pattern(), g.truth());
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

	/**
	 * Copier k (of the scenario's copiers) repeats, under its own name, each claim of sloppy source 3k+2 with
	 * the scenario's copy rate, errors included; for the other pairs of its original it states its own value
	 * as an ordinary source would.
	 */
	private List<GeneratedClaim> copies(Scenario scenario, List<GeneratedClaim> originals, Random random) {
		List<GeneratedClaim> out = new ArrayList<>();
		for (int k = 0; k < scenario.copiers(); k++) {
			String original = sourceId((3 * (k % (Scenario.SOURCES / 3)) + 2));
			String copier = String.format("copier-%02d", k);
			int n = 0;
			for (GeneratedClaim g : originals) {
				if (!g.sourceId().equals(original)) {
					continue;
				}
				if (random.nextDouble() < scenario.copyRate()) {
					Claim c = g.claim();
					Planted p = new Planted(c.valueLow(), c.unit(), c.period(), c.statistic());
					ErrorPattern pattern = g.pattern() == ErrorPattern.NONE ? ErrorPattern.NONE : ErrorPattern.COPIED;
					out.add(generated(copier, ++n, g.pair(), p, pattern, g.pattern(), g.truth()));
				}
				else {
					out.add(claim(scenario, g.pair(), g.truth(), copier, scenario.errorShare(), ++n, 0, random));
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
