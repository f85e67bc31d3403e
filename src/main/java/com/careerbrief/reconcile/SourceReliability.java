package com.careerbrief.reconcile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.careerbrief.model.Claim;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.SourceRef;
import com.careerbrief.model.SourceWeight;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.VerdictKind;

/**
 * How far each source is trusted: official sources fully; any other source by how often its
 * checkable figure claims agree with official data across all occupations, smoothed by a Beta prior,
 * weight = (agreed + priorAgreements) / (checked + priorChecks). A source never checked keeps the prior
 * (0.5 by default). A claim is checked when it matched or conflicted with an official figure (ranges and
 * unverifiable claims are not), and agrees when it equals an official figure as labelled and in scope,
 * even an old one if it names its year: a blog that quotes BLS correctly earns weight, one that gives an old
 * figure without its date does not. The same first pass learns the
 * {@link WageShape} of pay figures from the official data, the other evidence the chooser weighs, and the newest
 * survey year of the official pay figures of each place, against which a dated pay claim is current or old.
 */
public final class SourceReliability {

	private final Map<String, SourceWeight> rows;

	private final double prior;

	private final WageShape shape;

	private final double falseValues;

	private final SourceDependences dependences;

	private final Map<String, Integer> currentPayYears;

	private SourceReliability(Map<String, SourceWeight> rows, double prior, WageShape shape, double falseValues,
			SourceDependences dependences, Map<String, Integer> currentPayYears) {
		this.rows = rows;
		this.prior = prior;
		this.shape = shape;
		this.falseValues = falseValues;
		this.dependences = dependences;
		this.currentPayYears = currentPayYears;
	}

	/**
	 * Judges every figure claim of every occupation (without CPI-U or document dates) and estimates from
	 * those judgements, as {@link #estimate(ReconcileProperties, List)} does; for callers without a
	 * {@link Reconciler}.
	 * @param claimsBySoc claims per occupation code (include claims made from agency figures by {@link ClaimsFromFigures})
	 * @param figuresBySoc per occupation code, its own and related official figures (others are ignored)
	 */
	public static SourceReliability estimate(ReconcileProperties props, Map<String, List<Claim>> claimsBySoc,
			Map<String, List<Figure>> figuresBySoc) {
		ClaimJudge judge = new ClaimJudge(props, CpiIndex.none());
		// Occupations are judged in parallel (each on its own), then counted in the map's order, so the
		// ledger comes out the same whatever the threads did.
		List<List<JudgedClaim>> judgedBySoc = new ArrayList<>(claimsBySoc.entrySet()).parallelStream()
			.map(e -> judge.judge(e.getValue(),
					OfficialFigures.of(e.getKey(), figuresBySoc.getOrDefault(e.getKey(), List.of()), props), Map.of()))
			.toList();
		return estimate(props, judgedBySoc, claimsBySoc.values(), figuresBySoc.values());
	}

	/**
	 * First pass of a run: counts, over every occupation's judged claims ({@link Reconciler#judge}), how
	 * often each source agrees with official data, finds the sources that copy one another and learns the
	 * wage shape. The occupations are counted in the list's order, so the ledger follows it.
	 */
	public static SourceReliability estimate(ReconcileProperties props, List<JudgedOccupation> occupations) {
		return estimate(props, occupations.stream().map(JudgedOccupation::judged).toList(),
				occupations.stream().map(JudgedOccupation::claims).toList(),
				occupations.stream().map(JudgedOccupation::figures).toList());
	}

	private static SourceReliability estimate(ReconcileProperties props, List<List<JudgedClaim>> judgedBySoc,
			Collection<List<Claim>> claimsBySoc, Collection<List<Figure>> figuresBySoc) {
		Map<String, long[]> counts = new LinkedHashMap<>();
		Map<String, SourceRef> refs = new LinkedHashMap<>();
		for (List<JudgedClaim> judged : judgedBySoc) {
			for (JudgedClaim j : judged) {
				count(j, counts, refs);
			}
		}
		Map<String, SourceWeight> rows = new LinkedHashMap<>();
		// one id may cover several files of a release (national and state estimates): its row names each title
		Map<String, Set<String>> officialTitles = new LinkedHashMap<>();
		Map<String, Long> officialFigures = new HashMap<>();
		figuresBySoc.stream().flatMap(Collection::stream).filter(f -> f.source().kind() == SourceKind.OFFICIAL)
				.forEach(f -> {
					officialTitles.computeIfAbsent(f.source().sourceId(), k -> new LinkedHashSet<>()).add(title(f.source()));
					officialFigures.merge(f.source().sourceId(), 1L, Long::sum);
				});
		officialTitles.forEach((id, titles) -> rows.put(id, new SourceWeight(id, SourceKind.OFFICIAL,
				String.join("; ", titles), officialFigures.get(id), 0, 0, 1.0)));
		counts.forEach((id, c) -> rows.put(id, new SourceWeight(id, refs.get(id).kind(), title(refs.get(id)), c[0], c[1], c[2],
				(c[2] + props.priorAgreements()) / (c[1] + props.priorChecks()))));
		double prior = prior(props);
		SourceDependences dependences = dependences(props, judgedBySoc, claimsBySoc, id -> rows.containsKey(id) ? rows.get(id).weight() : prior);
		return new SourceReliability(rows, prior, WageShape.learn(figuresBySoc),
				falseValues(judgedBySoc, props, dependences), dependences, currentPayYears(figuresBySoc));
	}

	/**
	 * Copy detection, alternated with the count of wrong values as in the paper: the first n counts every
	 * two sources, later ones only sources not found dependent, since copies repeat wrong values by copying.
	 */
	private static SourceDependences dependences(ReconcileProperties props, List<List<JudgedClaim>> judgedBySoc,
			Collection<List<Claim>> claimsBySoc, java.util.function.ToDoubleFunction<String> accuracy) {
		CopyDetector detector = new CopyDetector(props);
		List<JudgedClaim> judged = judgedBySoc.stream().flatMap(List::stream).toList();
		List<Claim> claims = claimsBySoc.stream().flatMap(List::stream).toList();
		SourceDependences found = SourceDependences.none();
		for (int round = 0; round < 2; round++) {
			found = detector.detect(judged, claims, accuracy, falseValues(judgedBySoc, props, found));
		}
		return found;
	}

	private static double falseValues(List<List<JudgedClaim>> judgedBySoc, ReconcileProperties props,
			SourceDependences dependences) {
		long[] wrongPairs = new long[2];
		judgedBySoc.forEach(judged -> countCoincidences(judged, props, dependences, wrongPairs));
		return (wrongPairs[1] + 1.0) / (wrongPairs[0] + 1.0);
	}

	/**
	 * The estimate made earlier in the run, from what it staged: the source ledger, the measured number of
	 * wrong values and the dependences; the wage shape is learned again from the same official figures.
	 */
	public static SourceReliability restore(ReconcileProperties props, List<SourceWeight> ledger, double falseValues,
			SourceDependences dependences, Collection<? extends Collection<Figure>> figuresBySoc) {
		Map<String, SourceWeight> rows = new LinkedHashMap<>();
		ledger.forEach(w -> rows.put(w.sourceId(), w));
		return new SourceReliability(rows, prior(props), WageShape.learn(figuresBySoc),
				falseValues, dependences, currentPayYears(figuresBySoc));
	}

	/** The weight of a source never checked: the prior agreements over the prior checks. */
	private static double prior(ReconcileProperties props) {
		return props.priorAgreements() / props.priorChecks();
	}

	/** No evidence yet: every non-official source has the prior weight. */
	public static SourceReliability uninformed(ReconcileProperties props) {
		return new SourceReliability(Map.of(), prior(props), WageShape.none(), 1,
				SourceDependences.none(), Map.of());
	}

	/** Per place, the newest year of any official pay figure of any occupation. */
	private static Map<String, Integer> currentPayYears(Collection<? extends Collection<Figure>> figuresBySoc) {
		Map<String, Integer> out = new java.util.HashMap<>();
		figuresBySoc.forEach(figures -> figures.forEach(f -> {
			if (isDatedOfficialPay(f)) {
				out.merge(f.area(), f.period().endYear(), Math::max);
			}
		}));
		return Map.copyOf(out);
	}

	/** An official pay figure that states its year and place: one that dates what today's pay is. */
	static boolean isDatedOfficialPay(Figure f) {
		return f.metric() == Metric.WAGE && f.source() != null && f.source().kind() == SourceKind.OFFICIAL
				&& f.period() != null && !f.period().isUnstated() && f.area() != null;
	}

	/** The weight of a source, 0..1: 1 for official sources seen, the prior for sources never seen. */
	public double weight(SourceRef source) {
		if (source != null && source.kind() == SourceKind.OFFICIAL) {
			return 1.0;
		}
		SourceWeight row = source == null ? null : rows.get(source.sourceId());
		return row == null ? prior : row.weight();
	}

	/** How an occupation's pay statistics sit against each other in the official data of all occupations. */
	public WageShape shape() {
		return shape;
	}

	/**
	 * How many different wrong values a wrong claim effectively draws from: 1 / the share of two wrong claims
	 * (different sources, same occupation, statistic and place, checked against official data) that give the
	 * same value, smoothed as (pairs + 1) / (agreeing pairs + 1). Stale and copied figures repeat (near 1); typos scatter (large). Two independent sources
	 * agreeing on a value is strong evidence for it only when wrong values scatter. 1 when never measured.
	 */
	public double falseValues() {
		return falseValues;
	}

	/**
	 * The newest year of the run's official pay figures for a place (of any occupation), 0 when it has none: a
	 * pay claim dated before it is known not to give today's figure.
	 */
	public int currentPayYear(String place) {
		return currentPayYears.getOrDefault(place, 0);
	}

	/** Sources that probably copy one another, found over all occupations. */
	public SourceDependences dependences() {
		return dependences;
	}

	/** The source ledger: one row per source, official ones first as they were seen. */
	public List<SourceWeight> ledger() {
		return new ArrayList<>(rows.values());
	}

	/**
	 * Adds, per key, the pairs of wrong single-value claims of different sources not found dependent:
	 * [agreeing pairs, all pairs].
	 */
	private static void countCoincidences(List<JudgedClaim> judged, ReconcileProperties props, SourceDependences dependences,
			long[] pairs) {
		Map<List<Object>, List<JudgedClaim>> wrong = new LinkedHashMap<>();
		for (JudgedClaim j : judged) {
			NormalisedClaim c = j.claim();
			if (j.disagrees() && !c.isRange() && c.low() != null && c.claim().source() != null && c.claim().metric() != null
					&& c.unit() != null) {
				Statistic s = c.statistic() == Statistic.AVERAGE_AS_WORDED ? Statistic.MEAN : c.statistic();
				wrong.computeIfAbsent(List.of(c.claim().metric(), s, String.valueOf(c.place()), c.unit()), k -> new ArrayList<>()).add(j);
			}
		}
		FigureMatcher matcher = new FigureMatcher(props);
		for (List<JudgedClaim> list : wrong.values()) {
			for (int a = 0; a < list.size(); a++) {
				for (int b = a + 1; b < list.size(); b++) {
					NormalisedClaim x = list.get(a).claim();
					NormalisedClaim y = list.get(b).claim();
					String sx = x.claim().source().sourceId();
					String sy = y.claim().source().sourceId();
					if (!sx.equals(sy) && !dependences.dependent(sx, sy)) {
						pairs[1]++;
						if (matcher.agree(x.low(), y.low())) {
							pairs[0]++;
						}
					}
				}
			}
		}
	}

	private static void count(JudgedClaim j, Map<String, long[]> counts, Map<String, SourceRef> refs) {
		SourceRef ref = j.claim().claim().source();
		String id = ref == null ? j.claim().claim().documentId() : ref.sourceId();
		refs.putIfAbsent(id, ref == null ? new SourceRef(id, null, id, null, null, SourceKind.OTHER, null, 0) : ref);
		long[] c = counts.computeIfAbsent(id, k -> new long[3]);
		c[0]++;
		boolean checked = !j.claim().isRange() && (j.agrees() || j.has(VerdictKind.CONFLICTS)
				|| j.has(VerdictKind.MISLABELLED_STATISTIC)
				|| j.has(VerdictKind.DIFFERENT_SCOPE));
		if (checked) {
			c[1]++;
			c[2] += agreesAsStated(j) ? 1 : 0;
		}
	}

	/**
	 * Agrees with an official figure and says when it held: a claim that states no period of its own (even in a
	 * dated document) but equals only an older figure or an older projection gives an old value as a witness
	 * for today's (the $37,110 of 2015 copied for years), so it is checked and does not agree. A claim that
	 * names its old year or projection period still agrees: it quotes BLS correctly.
	 */
	private static boolean agreesAsStated(JudgedClaim j) {
		return j.agrees() && !((j.has(VerdictKind.OUTDATED) || j.has(VerdictKind.SUPERSEDED)) && j.claim().periodUnstated());
	}

	private static String title(SourceRef s) {
		return s.title() != null ? s.title() : s.file() != null ? s.file() : s.sourceId();
	}
}
