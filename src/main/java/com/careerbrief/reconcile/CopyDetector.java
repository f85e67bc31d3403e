package com.careerbrief.reconcile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

import com.careerbrief.model.Claim;
import com.careerbrief.model.Quote;
import com.careerbrief.model.SourceDependence;
import com.careerbrief.model.SourceDependence.SharedValue;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.VerdictKind;

/**
 * Finds sources that probably copy one another, after ACCU-COPY (Dong, Berti-Equille and Srivastava, VLDB
 * 2009). Over the data items two sources both give a value for, it weighs how likely their values are if
 * they are independent against if one copies the other (copying a share c of its values): the same true
 * value is a little more likely under copying, the same false or stale value much more (independent sources
 * seldom pick the same wrong value among n), and a different value less. The posterior, from a prior α,
 * says how probably they are dependent. Two sources that share almost all their sentences are one article
 * saved twice: dependent for certain, whatever their values.
 */
final class CopyDetector {

	/** α, the prior probability that two sources are dependent (the paper's default). */
	static final double PRIOR = 0.2;

	/** c, the share of its values a copier copies (the paper's default). */
	static final double COPY_RATE = 0.8;

	/** Pairs at least this probably dependent form families, are listed and count once. */
	static final double DEPENDENT = 0.5;

	/** Share of the smaller source's sentences the other must repeat for the two to be one text. */
	static final double SAME_TEXT_SHARE = 0.9;

	private final FigureMatcher matcher;

	CopyDetector(ReconcileProperties props) {
		this.matcher = new FigureMatcher(props);
	}

	/** One source's value for one data item, and what official data says of it (null: nothing). */
	private record Given(String sourceId, NormalisedClaim claim, Boolean correct) {
	}

	/** What two sources share: per class of data item (metric and statistic), same true, false, unknown, different. */
	private static final class Evidence {

		final Map<List<Object>, int[]> byClass = new LinkedHashMap<>();

		int sentences;

		final List<SharedValue> shared = new ArrayList<>();

		int total(int kind) {
			return byClass.values().stream().mapToInt(c -> c[kind]).sum();
		}
	}

	private static final int SAME_TRUE = 0;

	private static final int SAME_FALSE = 1;

	private static final int SAME_UNKNOWN = 2;

	private static final int DIFFERING = 3;

	/**
	 * @param judged every judged figure claim of the run, all occupations
	 * @param claims every claim of the run (figures and facts), for their sentences
	 * @param accuracy a source's reliability, 0..1
	 * @param falseValues n, how many different wrong values a wrong claim draws from
	 */
	SourceDependences detect(List<JudgedClaim> judged, Collection<Claim> claims, ToDoubleFunction<String> accuracy,
			double falseValues) {
		Map<List<String>, Evidence> evidence = new LinkedHashMap<>();
		Map<String, Integer> items = new HashMap<>();
		Map<List<Object>, Map<String, Given>> given = items(judged);
		Map<List<Object>, Double> errorFactor = errorFactors(given);
		for (Map<String, Given> byItem : given.values()) {
			byItem.keySet().forEach(s -> items.merge(s, 1, Integer::sum));
			List<Given> list = new ArrayList<>(byItem.values());
			for (int i = 0; i < list.size(); i++) {
				for (int k = i + 1; k < list.size(); k++) {
					compare(list.get(i), list.get(k), evidence);
				}
			}
		}
		sameSentences(claims, evidence);
		List<SourceDependence> found = new ArrayList<>();
		evidence.forEach((pair, e) -> dependence(pair, e, accuracy, falseValues, items, errorFactor).ifPresent(found::add));
		return families(found);
	}

	/**
	 * How much more often than overall the values of a class of data item (metric and statistic) are wrong,
	 * where official data tells: errors gather on some statistics (an "average" that is the median), and two
	 * independent sources meet on the same wrong value there far more often than a source's overall accuracy
	 * says. Scales a source's error rate per class; 1 where nothing is known.
	 */
	private static Map<List<Object>, Double> errorFactors(Map<List<Object>, Map<String, Given>> given) {
		Map<List<Object>, long[]> counts = new HashMap<>();
		long[] all = new long[2];
		given.forEach((item, bySource) -> bySource.values().stream().filter(g -> g.correct() != null).forEach(g -> {
			long[] c = counts.computeIfAbsent(itemClass(item), k -> new long[2]);
			c[0] += g.correct() ? 0 : 1;
			c[1]++;
			all[0] += g.correct() ? 0 : 1;
			all[1]++;
		}));
		Map<List<Object>, Double> out = new HashMap<>();
		double overall = (all[0] + 1.0) / (all[1] + 2.0);
		counts.forEach((k, c) -> out.put(k, ((c[0] + 1.0) / (c[1] + 2.0)) / overall));
		return out;
	}

	private static List<Object> itemClass(List<Object> item) {
		return List.of(item.get(1), item.get(2));
	}

	/** Per data item (occupation, metric, statistic, place, unit, stated projection period), each source's first value. */
	private static Map<List<Object>, Map<String, Given>> items(List<JudgedClaim> judged) {
		Map<List<Object>, Map<String, Given>> out = new LinkedHashMap<>();
		for (JudgedClaim j : judged) {
			NormalisedClaim c = j.claim();
			String source = sourceId(c.claim());
			if (c.isRange() || source == null || official(c.claim())) {
				continue;
			}
			List<Object> item = List.of(String.valueOf(c.claim().socCode()), c.claim().metric(), c.statistic(),
					c.claim().percentile(), c.place(), c.unit(), c.statesProjection() ? c.period().label() : "");
			out.computeIfAbsent(item, k -> new LinkedHashMap<>()).putIfAbsent(source, new Given(source, c, correct(j)));
		}
		return out;
	}

	/** True when it agrees with today's official figure, false when official data says it is wrong or stale. */
	private static Boolean correct(JudgedClaim j) {
		if (j.agrees() && !j.has(VerdictKind.OUTDATED)) {
			return Boolean.TRUE;
		}
		return j.disagrees() ? Boolean.FALSE : null;
	}

	private void compare(Given a, Given b, Map<List<String>, Evidence> evidence) {
		Evidence e = evidence.computeIfAbsent(pair(a.sourceId(), b.sourceId()), k -> new Evidence());
		int[] counts = e.byClass.computeIfAbsent(List.of(a.claim().claim().metric(), a.claim().statistic()), k -> new int[4]);
		if (!matcher.copied(a.claim().low(), b.claim().low())) {
			counts[DIFFERING]++;
			return;
		}
		Boolean correct = a.correct() != null ? a.correct() : b.correct();
		counts[correct == null ? SAME_UNKNOWN : correct ? SAME_TRUE : SAME_FALSE]++;
		Claim c = a.claim().claim();
		e.shared.add(new SharedValue(c.socCode(), c.metric(), a.claim().statistic(), a.claim().place(), c.unit(),
				c.valueLow(), correct));
	}

	/** Counts, for every two sources, the sentences (of any claim) both quote. */
	private static void sameSentences(Collection<Claim> claims, Map<List<String>, Evidence> evidence) {
		Map<String, Set<String>> sentences = new LinkedHashMap<>();
		for (Claim c : claims) {
			String source = sourceId(c);
			if (source != null && !official(c) && c.quotes() != null) {
				c.quotes().stream().map(Quote::sentence).filter(s -> s != null && !s.isBlank())
					.forEach(s -> sentences.computeIfAbsent(source, k -> new LinkedHashSet<>()).add(s.strip()));
			}
		}
		Map<String, List<String>> bySentence = new HashMap<>();
		sentences.forEach((source, set) -> set.forEach(s -> bySentence.computeIfAbsent(s, k -> new ArrayList<>()).add(source)));
		Map<List<String>, Integer> shared = new HashMap<>();
		bySentence.values().forEach(sources -> {
			for (int i = 0; i < sources.size(); i++) {
				for (int k = i + 1; k < sources.size(); k++) {
					shared.merge(pair(sources.get(i), sources.get(k)), 1, Integer::sum);
				}
			}
		});
		shared.forEach((pair, n) -> {
			int smaller = Math.min(sentences.get(pair.get(0)).size(), sentences.get(pair.get(1)).size());
			if (n >= 2 && n >= SAME_TEXT_SHARE * smaller) {
				evidence.computeIfAbsent(pair, k -> new Evidence()).sentences = n;
			}
		});
	}

	private static java.util.Optional<SourceDependence> dependence(List<String> pair, Evidence e,
			ToDoubleFunction<String> accuracy, double n, Map<String, Integer> items, Map<List<Object>, Double> errorFactor) {
		String a = pair.get(0);
		String b = pair.get(1);
		boolean sameText = e.sentences > 0;
		double aCopiesB = 0;
		double bCopiesA = 0;
		for (Map.Entry<List<Object>, int[]> c : e.byClass.entrySet()) {
			double factor = errorFactor.getOrDefault(c.getKey(), 1.0);
			double accuracyA = 1 - (1 - clamp(accuracy.applyAsDouble(a))) * factor;
			double accuracyB = 1 - (1 - clamp(accuracy.applyAsDouble(b))) * factor;
			aCopiesB += logLikelihoodRatio(accuracyB, accuracyA, c.getValue(), n);
			bCopiesA += logLikelihoodRatio(accuracyA, accuracyB, c.getValue(), n);
		}
		double probability = sameText ? 1 : posterior(aCopiesB, bCopiesA);
		if (probability < DEPENDENT) {
			return java.util.Optional.empty();
		}
		// The copier: the direction that explains the shared values better; else the source with fewer values
		// (a copier takes a part); else the later id.
		boolean aCopies = Math.abs(aCopiesB - bCopiesA) > 1e-9 ? aCopiesB > bCopiesA
				: items.getOrDefault(a, 0) < items.getOrDefault(b, 0) || items.getOrDefault(a, 0).equals(items.getOrDefault(b, 0)) && a.compareTo(b) > 0;
		return java.util.Optional.of(new SourceDependence(null, aCopies ? a : b, aCopies ? b : a, probability, sameText,
				e.total(SAME_TRUE), e.total(SAME_FALSE), e.total(DIFFERING), List.copyOf(e.shared)));
	}

	/**
	 * ln P(shared values | the copier copies the original) / P(… | independent), for accuracies of the
	 * original and of the copier, as in the paper: the same true value A₁c + A₁A₂(1−c) against A₁A₂; the same
	 * false value (1−A₁)c + P_f(1−c) against P_f = (1−A₁)(1−A₂)/n; a different value (1−c); the same value
	 * whose truth is unknown c + (1−c)(A₁A₂ + P_f) against A₁A₂ + P_f.
	 */
	private static double logLikelihoodRatio(double original, double copier, int[] counts, double n) {
		double a1 = clamp(original);
		double a2 = clamp(copier);
		double c = COPY_RATE;
		double pt = a1 * a2;
		double pf = (1 - a1) * (1 - a2) / Math.max(1, n);
		return counts[SAME_TRUE] * Math.log((a1 * c + pt * (1 - c)) / pt)
				+ counts[SAME_FALSE] * Math.log(((1 - a1) * c + pf * (1 - c)) / pf)
				+ counts[SAME_UNKNOWN] * Math.log((c + (1 - c) * (pt + pf)) / (pt + pf))
				+ counts[DIFFERING] * Math.log(1 - c);
	}

	/** P(dependent | shared values) from the two directions' log-likelihood ratios and the prior α. */
	static double posterior(double l1, double l2) {
		double m = Math.max(l1, l2);
		double logCopy = m + Math.log(Math.exp(l1 - m) + Math.exp(l2 - m)) + Math.log(PRIOR / 2) - Math.log(1 - PRIOR);
		return 1 / (1 + Math.exp(-logCopy));
	}

	private static double clamp(double accuracy) {
		return Math.max(0.01, Math.min(0.99, accuracy));
	}

	/** Joins dependent sources into families named after their original, and names each pair's family. */
	private static SourceDependences families(List<SourceDependence> found) {
		Map<String, String> parent = new HashMap<>();
		for (SourceDependence d : found) {
			union(parent, d.sourceId(), d.copiesFrom());
		}
		Set<String> copiers = new java.util.HashSet<>();
		found.forEach(d -> copiers.add(d.sourceId()));
		Map<String, List<String>> members = new TreeMap<>();
		parent.keySet().forEach(s -> members.computeIfAbsent(root(parent, s), k -> new ArrayList<>()).add(s));
		Map<String, String> family = new HashMap<>();
		members.values().forEach(list -> {
			String name = list.stream().filter(s -> !copiers.contains(s)).sorted().findFirst()
				.orElse(list.stream().sorted().findFirst().orElseThrow());
			list.forEach(s -> family.put(s, name));
		});
		List<SourceDependence> named = found.stream().map(d -> new SourceDependence(family.get(d.sourceId()), d.sourceId(),
				d.copiesFrom(), d.probability(), d.sameText(), d.sameTrue(), d.sameFalse(), d.differing(), d.shared()))
			.toList();
		return new SourceDependences(named, family);
	}

	private static void union(Map<String, String> parent, String a, String b) {
		parent.putIfAbsent(a, a);
		parent.putIfAbsent(b, b);
		String ra = root(parent, a);
		String rb = root(parent, b);
		if (!ra.equals(rb)) {
			parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
		}
	}

	private static String root(Map<String, String> parent, String s) {
		String r = s;
		while (!parent.get(r).equals(r)) {
			r = parent.get(r);
		}
		return r;
	}

	private static List<String> pair(String a, String b) {
		return a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
	}

	static String sourceId(Claim c) {
		return c.source() == null ? c.documentId() : c.source().sourceId();
	}

	private static boolean official(Claim c) {
		return c.source() != null && c.source().kind() == SourceKind.OFFICIAL;
	}
}
