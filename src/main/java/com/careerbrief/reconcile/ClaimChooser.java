package com.careerbrief.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.careerbrief.model.Bound;
import com.careerbrief.model.ChosenFigure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.OfficialFigure;
import com.careerbrief.model.Rounding;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.model.Why;

/**
 * Chooses a figure from non-official claims where no official figure exists for that metric ×
 * statistic × place. An "average" is pooled as a mean unless other sources show it is a median; a claim
 * dated older than another claim of the same key, or a pay claim dated before the newest survey of the run's
 * official pay figures for its place, is set aside while any claim that may be current remains (the newest
 * wins, as with official figures); claims that agree within the rounding tolerance pool their sources' votes, and the reported
 * value is one of the heaviest pool's own values as stated, never an average: the best-backed
 * published-looking (not round) value. Where the sources give pay for several statistics of one place, the
 * groups are picked together, weighing their votes with how well they fit the {@link WageShape} of pay
 * figures in official data, so a lone wrong digit loses to a lone right value that fits the rest.
 */
final class ClaimChooser {

	private static final Set<Metric> CHOOSABLE = EnumSet.of(Metric.WAGE, Metric.EMPLOYMENT, Metric.EMPLOYMENT_PROJECTED,
			Metric.EMPLOYMENT_CHANGE_COUNT, Metric.EMPLOYMENT_CHANGE_PERCENT, Metric.OPENINGS);

	/** Values per statistic tried together against the wage shape: the most-voted ones. */
	private static final int SHAPE_CANDIDATES = 4;

	private final ReconcileProperties props;

	private final AverageResolver averages;

	private final FigureMatcher matcher;

	ClaimChooser(ReconcileProperties props) {
		this.props = props;
		this.averages = new AverageResolver(props);
		this.matcher = new FigureMatcher(props);
	}

	/** A figure chosen from non-official claims, with every claim that was pooled for its key. */
	record Choice(ChosenFigure chosen, List<JudgedClaim> pool) {
	}

	List<Choice> choose(String socCode, OfficialFigures officials, List<JudgedClaim> judged, SourceReliability rel) {
		Map<List<Object>, List<JudgedClaim>> pools = new LinkedHashMap<>();
		for (JudgedClaim j : judged) {
			if (eligible(j, officials) && plausible(j.claim())) {
				NormalisedClaim c = j.claim();
				Statistic s = averages.resolve(c, judged);
				pools.computeIfAbsent(List.of(c.claim().metric(), s, c.place()), k -> new ArrayList<>()).add(j);
			}
		}
		Map<List<Object>, Current> current = new LinkedHashMap<>();
		Map<List<Object>, List<Cluster>> candidates = new LinkedHashMap<>();
		pools.forEach((key, pool) -> {
			current.put(key, newest(pool, key.get(0) == Metric.WAGE ? currentPayYear(officials, (String) key.get(2), rel) : 0));
			candidates.put(key, clusters(current.get(key).claims(), rel));
		});
		Map<List<Object>, Cluster> picked = new LinkedHashMap<>();
		candidates.forEach((key, list) -> picked.put(key, list.get(0)));
		pickByShape(candidates, officials, rel.shape()).forEach(picked::put);
		List<Choice> out = new ArrayList<>();
		pools.forEach((key, pool) -> out.add(new Choice(chosen(socCode, (Statistic) key.get(1), pool, current.get(key),
				picked.get(key), candidates.get(key).get(0), rel), pool)));
		return out;
	}

	/**
	 * A value the sources give for one key: every claim that agrees with it within the rounding tolerance,
	 * their votes, and the claim whose value would be reported.
	 */
	private record Cluster(List<JudgedClaim> agreeing, double votes, JudgedClaim reported) {
	}

	/** The distinct agreeing groups of a pool, most votes first (first stated first among equals). */
	private List<Cluster> clusters(List<JudgedClaim> pool, SourceReliability rel) {
		List<Cluster> out = new ArrayList<>();
		java.util.Set<List<JudgedClaim>> seen = new java.util.HashSet<>();
		for (JudgedClaim j : pool) {
			List<JudgedClaim> agreeing = pool.stream().filter(o -> matcher.agree(o.claim().low(), j.claim().low())).toList();
			if (seen.add(agreeing)) {
				out.add(new Cluster(agreeing, votes(agreeing, rel), reported(agreeing, rel)));
			}
		}
		out.sort(Comparator.comparingDouble(Cluster::votes).reversed());
		return out;
	}

	/**
	 * Where one place has pay claims for several of the statistics the {@link WageShape} knows, picks the
	 * groups together: each combination of (at most {@link #SHAPE_CANDIDATES} per statistic) is scored by its
	 * votes plus how well its values fit the shape official data gives pay figures, with the occupation's own
	 * official figures for the other statistics held fixed. Returns only the keys it decided.
	 */
	private static Map<List<Object>, Cluster> pickByShape(Map<List<Object>, List<Cluster>> candidates,
			OfficialFigures officials, WageShape shape) {
		Map<List<Object>, Cluster> out = new LinkedHashMap<>();
		if (shape.isEmpty()) {
			return out;
		}
		Map<Object, List<List<Object>>> byPlace = new LinkedHashMap<>();
		candidates.forEach((key, list) -> {
			if (key.get(0) == Metric.WAGE && WageShape.STATISTICS.contains(key.get(1))
					&& list.stream().allMatch(c -> c.reported().claim().unit() == Unit.USD_PER_YEAR)) {
				byPlace.computeIfAbsent(key.get(2), k -> new ArrayList<>()).add(key);
			}
		});
		byPlace.forEach((place, keys) -> {
			Map<Statistic, BigDecimal> values = new EnumMap<>(Statistic.class);
			for (Statistic s : WageShape.STATISTICS) {
				officials.current(Metric.WAGE, s, (String) place, false)
					.filter(o -> o.unit() == Unit.USD_PER_YEAR && o.figure().bound() == Bound.EXACT)
					.ifPresent(o -> values.put(s, o.value()));
			}
			boolean anyChoice = keys.stream().anyMatch(k -> candidates.get(k).size() > 1);
			if (!anyChoice || keys.size() + values.size() < 2) {
				return;
			}
			int[] best = new int[keys.size()];
			double[] bestScore = { Double.NEGATIVE_INFINITY };
			search(keys, candidates, shape, values, new int[keys.size()], 0, 0, best, bestScore);
			for (int i = 0; i < keys.size(); i++) {
				out.put(keys.get(i), candidates.get(keys.get(i)).get(best[i]));
			}
		});
		return out;
	}

	/** Depth-first over the combinations; the first best combination (most-voted groups first) wins ties. */
	private static void search(List<List<Object>> keys, Map<List<Object>, List<Cluster>> candidates, WageShape shape,
			Map<Statistic, BigDecimal> values, int[] at, int depth, double votes, int[] best, double[] bestScore) {
		if (depth == keys.size()) {
			double score = votes + shape.fit(values);
			if (score > bestScore[0] + 1e-9) {
				bestScore[0] = score;
				System.arraycopy(at, 0, best, 0, at.length);
			}
			return;
		}
		List<Object> key = keys.get(depth);
		Statistic s = (Statistic) key.get(1);
		List<Cluster> list = candidates.get(key);
		for (int i = 0; i < Math.min(SHAPE_CANDIDATES, list.size()); i++) {
			at[depth] = i;
			values.put(s, list.get(i).reported().claim().low());
			search(keys, candidates, shape, values, at, depth + 1, votes + list.get(i).votes(), best, bestScore);
		}
		values.remove(s);
	}

	/** Single values in a choosable metric, nothing wrong found, and no official figure for their key. */
	private static boolean eligible(JudgedClaim j, OfficialFigures officials) {
		NormalisedClaim c = j.claim();
		Metric m = c.claim().metric();
		boolean vague = c.statistic() == Statistic.AVERAGE_AS_WORDED || c.statistic() == Statistic.RANGE;
		boolean officialKey = officials.all().stream().anyMatch(o -> o.figure().metric() == m
				&& o.figure().statistic() == c.statistic() && o.figure().area().equals(c.place()));
		return CHOOSABLE.contains(m) && !c.isRange() && c.claim().socCode() != null && !j.disagrees() && !officialKey
				&& !(vague && officials.has(m, c.place()));
	}

	/**
	 * False for a yearly pay below the hours of a working year: under $1 an hour full time is no salary but
	 * an hourly rate given the wrong unit ("$24.16 a year").
	 */
	private boolean plausible(NormalisedClaim c) {
		return c.claim().metric() != Metric.WAGE || c.unit() != Unit.USD_PER_YEAR
				|| c.low().compareTo(BigDecimal.valueOf(props.hoursPerYear())) >= 0;
	}

	/**
	 * Without the claims dated before the newest year any claim of the pool states, or before {@code current},
	 * the newest year of the run's official figures of the same kind (0 when there are none): a figure dated
	 * to an older survey is known not to be today's, while an undated one may be. Where only claims dated
	 * before {@code current} remain, the newest of them stay.
	 */
	private static Current newest(List<JudgedClaim> pool, int current) {
		int newest = pool.stream().filter(j -> !j.claim().periodUnstated()).mapToInt(j -> j.claim().period().endYear())
				.max().orElse(0);
		int from = Math.max(newest, current);
		List<JudgedClaim> mayBeCurrent = datedFrom(pool, from);
		return mayBeCurrent.isEmpty() ? new Current(datedFrom(pool, newest), newest) : new Current(mayBeCurrent, from);
	}

	/** The claims of a pool that may be current, and the year before which the others were dated. */
	private record Current(List<JudgedClaim> claims, int from) {
	}

	/**
	 * The newest year of official pay for a place: the occupation's own when it has some there (a state's
	 * figures may lag the national ones), else any occupation's in the run; 0 when there is none.
	 */
	private static int currentPayYear(OfficialFigures officials, String place, SourceReliability rel) {
		return officials.all().stream().map(OfficialFigure::figure)
			.filter(f -> SourceReliability.isDatedOfficialPay(f) && place.equals(f.area()))
			.mapToInt(f -> f.period().endYear()).max().orElse(rel.currentPayYear(place));
	}

	private static List<JudgedClaim> datedFrom(List<JudgedClaim> pool, int year) {
		return pool.stream().filter(j -> j.claim().periodUnstated() || j.claim().period().endYear() >= year).toList();
	}

	private ChosenFigure chosen(String socCode, Statistic statistic, List<JudgedClaim> all, Current current, Cluster picked,
			Cluster mostVoted, SourceReliability rel) {
		List<JudgedClaim> pool = current.claims();
		List<JudgedClaim> bestAgreeing = picked.agreeing();
		NormalisedClaim c = picked.reported().claim();
		BigDecimal low = bestAgreeing.stream().map(o -> o.claim().low()).min(BigDecimal::compareTo).orElse(c.low());
		BigDecimal high = bestAgreeing.stream().map(o -> o.claim().low()).max(BigDecimal::compareTo).orElse(c.low());
		double confidence = Math.round(Math.min(0.7, 0.7 * picked.votes() / Math.max(votes(pool, rel), 1e-9)) * 100) / 100.0;
		NormalisedClaim outvoted = mostVoted.reported().claim();
		int setAside = all.size() - pool.size();
		Why reason = new Why.FromSources(c.claim().claimId(), c.footing(), c.statistic() != statistic, pool.size(),
				bestAgreeing.size(), rel.weight(c.claim().source()), setAside, setAside == 0 ? 0 : current.from(),
				picked == mostVoted ? null
						: new Why.Outvoted(outvoted.claim().claimId(), outvoted.footing(), mostVoted.votes() > picked.votes() + 1e-9));
		return new ChosenFigure(socCode, c.claim().metric(), statistic, c.place(), c.unit(), c.low(), Bound.EXACT,
				c.period(), c.claim().source(), low, high, confidence, reason);
	}

	/**
	 * The value to report from the winning pool: the values equal to the published digits form groups; a
	 * group of round numbers (an author's rounding) only when no other exists, and then the finest rounding
	 * ($35,500, to the nearest $500, says more than $36,000, to the nearest $1,000); then the most votes; then a
	 * value stated in the base unit (annual pay) before a converted one.
	 */
	private JudgedClaim reported(List<JudgedClaim> agreeing, SourceReliability rel) {
		return agreeing.stream().max(Comparator.comparing((JudgedClaim j) -> !round(j.claim().low()))
				.thenComparing(j -> round(j.claim().low()) ? Rounding.step(j.claim().low()).negate() : BigDecimal.ZERO)
				.thenComparingDouble(j -> votes(agreeing.stream().filter(o -> matcher.copied(o.claim().low(), j.claim().low()))
						.toList(), rel))
				.thenComparing(j -> j.claim().claim().unit() == j.claim().unit())
				.thenComparingDouble(j -> rel.weight(j.claim().claim().source()))).orElseThrow();
	}

	/**
	 * Votes of the claims' sources, as in ACCU (Dong et al., VLDB 2009): each source adds the log-odds
	 * ln(n·A/(1−A)) of its reliability A (capped at 0.99), where n is how many different wrong values a wrong claim draws
	 * from, measured on the occupations with official data ({@link SourceReliability#falseValues}): when
	 * wrong values scatter (typos), sources that agree are seldom wrong together; when they repeat (stale or
	 * copied figures), agreement counts for little more than reliability (n near 1). Never below a token. As in
	 * ACCU-COPY, sources that probably copy one another count once: taken most reliable first, each source's
	 * vote is scaled by the chance it is independent of those already counted ({@link SourceDependences}).
	 */
	private static double votes(List<JudgedClaim> claims, SourceReliability rel) {
		double n = Math.max(1, rel.falseValues());
		List<JudgedClaim> ordered = claims.stream().sorted(Comparator.comparingDouble((JudgedClaim j) -> -rel.weight(j.claim().claim().source()))
			.thenComparing(j -> CopyDetector.sourceId(j.claim().claim()))).toList();
		List<String> counted = new ArrayList<>();
		double sum = 0;
		for (JudgedClaim j : ordered) {
			double a = Math.min(0.99, rel.weight(j.claim().claim().source()));
			String source = CopyDetector.sourceId(j.claim().claim());
			sum += Math.max(0.01, Math.log(n * a / (1 - a))) * rel.dependences().independence(source, counted);
			counted.add(source);
		}
		return sum;
	}

	private boolean round(BigDecimal value) {
		return Rounding.step(value).compareTo(props.roundNumberStep().multiply(BigDecimal.valueOf(5))) >= 0;
	}
}
