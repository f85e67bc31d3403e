package com.careerbrief.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.careerbrief.model.Bound;
import com.careerbrief.model.ChosenFigure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Statistic;

/**
 * Chooses a figure from non-official claims where no official figure exists for that metric ×
 * statistic × place. An "average" is pooled as a mean unless other sources show it is a median; a claim
 * dated older than another claim of the same key is set aside (the newest wins, as with official
 * figures); claims that agree within the rounding tolerance pool their sources' votes, and the reported
 * value is one of the heaviest pool's own values as stated, never an average: the best-backed
 * published-looking (not round) value.
 */
final class ClaimChooser {

	private static final Set<Metric> CHOOSABLE = EnumSet.of(Metric.WAGE, Metric.EMPLOYMENT, Metric.EMPLOYMENT_PROJECTED,
			Metric.EMPLOYMENT_CHANGE_COUNT, Metric.EMPLOYMENT_CHANGE_PERCENT, Metric.OPENINGS);

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
		List<Choice> out = new ArrayList<>();
		pools.forEach((key, pool) -> out.add(new Choice(chosen(socCode, (Statistic) key.get(1), newest(pool), rel), pool)));
		return out;
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
		return c.claim().metric() != Metric.WAGE || c.unit() != com.careerbrief.model.Unit.USD_PER_YEAR
				|| c.low().compareTo(BigDecimal.valueOf(props.hoursPerYear())) >= 0;
	}

	/** Without the claims dated before the newest year any claim of the pool states. */
	private static List<JudgedClaim> newest(List<JudgedClaim> pool) {
		int newest = pool.stream().filter(j -> !j.claim().periodUnstated()).mapToInt(j -> j.claim().period().endYear())
				.max().orElse(0);
		return pool.stream().filter(j -> j.claim().periodUnstated() || j.claim().period().endYear() >= newest).toList();
	}

	private ChosenFigure chosen(String socCode, Statistic statistic, List<JudgedClaim> pool, SourceReliability rel) {
		List<JudgedClaim> bestAgreeing = List.of();
		double bestVotes = -1;
		for (JudgedClaim j : pool) {
			List<JudgedClaim> agreeing = pool.stream().filter(o -> close(o.claim().low(), j.claim().low())).toList();
			double v = votes(agreeing, rel);
			if (v > bestVotes + 1e-9) {
				bestVotes = v;
				bestAgreeing = agreeing;
			}
		}
		NormalisedClaim c = reported(bestAgreeing, rel).claim();
		BigDecimal low = bestAgreeing.stream().map(o -> o.claim().low()).min(BigDecimal::compareTo).orElse(c.low());
		BigDecimal high = bestAgreeing.stream().map(o -> o.claim().low()).max(BigDecimal::compareTo).orElse(c.low());
		double confidence = Math.round(Math.min(0.7, 0.7 * bestVotes / Math.max(votes(pool, rel), 1e-9)) * 100) / 100.0;
		return new ChosenFigure(socCode, c.claim().metric(), statistic, c.place(), c.unit(), c.low(), Bound.EXACT,
				c.period(), c.claim().source(), low, high, confidence, reason(c, statistic, pool, bestAgreeing, rel));
	}

	/**
	 * The value to report from the winning pool: the values equal to the published digits form groups; a
	 * group of round numbers (an author's rounding) only when no other exists; then the most votes; then a
	 * value stated in the base unit (annual pay) before a converted one.
	 */
	private JudgedClaim reported(List<JudgedClaim> agreeing, SourceReliability rel) {
		return agreeing.stream().max(Comparator.comparing((JudgedClaim j) -> !round(j.claim().low()))
				.thenComparingDouble(j -> votes(agreeing.stream().filter(o -> matcher.copied(o.claim().low(), j.claim().low()))
						.toList(), rel))
				.thenComparing(j -> j.claim().claim().unit() == j.claim().unit())
				.thenComparingDouble(j -> rel.weight(j.claim().claim().source()))).orElseThrow();
	}

	/**
	 * Votes of the claims' sources: the log-odds ln(A/(1−A)) of each source's reliability A, as in Bayesian
	 * voting, so a source right nine times in ten outweighs several right half the time; never below a token.
	 * (Counting n false values, ln(n·A/(1−A)) as in ACCU, did better on random typos but worse on the errors
	 * that repeat — stale, copied and neighbouring figures — in the benchmark.)
	 */
	private static double votes(List<JudgedClaim> claims, SourceReliability rel) {
		return claims.stream().mapToDouble(j -> {
			double a = Math.min(0.99, rel.weight(j.claim().claim().source()));
			return Math.max(0.01, Math.log(a / (1 - a)));
		}).sum();
	}

	private boolean round(BigDecimal value) {
		return Units.roundingStep(value).compareTo(props.roundNumberStep().multiply(BigDecimal.valueOf(5))) >= 0;
	}

	private static String reason(NormalisedClaim c, Statistic statistic, List<JudgedClaim> pool, List<JudgedClaim> agreeing,
			SourceReliability rel) {
		String worded = c.statistic() == statistic ? "" : " (worded \u201c" + c.claim().statisticAsWorded() + "\u201d)";
		return "No official figure is in the data; " + Wording.who(c.claim().source()) + " gives " + Wording.claimed(c)
				+ worded + (pool.size() == 1 ? ", the only non-official figure" : ", backed by " + agreeing.size() + " of "
						+ pool.size() + " non-official figures weighted by how often each source agrees with official data")
				+ String.format(java.util.Locale.US, " (source weight %.2f).", rel.weight(c.claim().source()));
	}

	private boolean close(BigDecimal a, BigDecimal b) {
		BigDecimal allowed = b.abs().multiply(props.roundingTolerancePercent()).divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP);
		return a.subtract(b).abs().compareTo(allowed) <= 0;
	}
}
