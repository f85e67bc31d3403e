package com.careerbrief.reconcile.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.careerbrief.reconcile.bench.GeneratedClaim.Pair;

/**
 * ACCU and ACCU-COPY (Dong, Berti-Equille and Srivastava, "Integrating conflicting data: the role of source
 * dependence", VLDB 2009) on the baselines' footing. Each round a value's vote count is the sum of its
 * sources' ln(n·A/(1−A)), its probability the softmax over the entry's values and n + 1 − (values given)
 * unseen false ones, and a source's accuracy A the mean probability of its values (starting at 0.8). ACCU-COPY
 * adds, from the second round, the posterior that two sources are dependent, from the values they share (the
 * same true value, the same false value, a different value; copy rate c = 0.8, prior α = 0.2), and counts a
 * source's vote, most accurate first, by Π(1 − c·P(dependent)) over the sources already counted for that value.
 * n is measured as careerbrief measures it: on the entries the "bls" source gives, 1 / the share of two wrong
 * claims of different sources that give the same value, smoothed as (pairs + 1) / (agreeing pairs + 1).
 */
final class Accu {

	static final int ROUNDS = 10;

	static final double PRIOR = 0.2;

	static final double COPY_RATE = 0.8;

	private final Map<Pair, List<ValueGroups.Group>> entries = new LinkedHashMap<>();

	private final Map<String, Double> accuracy = new HashMap<>();

	private final Map<Pair, double[]> probability = new HashMap<>();

	private Map<String, Map<String, Double>> dependent = Map.of();

	private final double n;

	private Accu(List<BaselineClaim> claims) {
		SimpleBaselines.byEntry(claims).forEach((e, list) -> entries.put(e, ValueGroups.of(list)));
		claims.forEach(c -> accuracy.put(c.sourceId(), 0.8));
		this.n = falseValues();
	}

	static Map<Pair, Double> accu(List<BaselineClaim> claims) {
		return new Accu(claims).run(false);
	}

	static Map<Pair, Double> accuCopy(List<BaselineClaim> claims) {
		return new Accu(claims).run(true);
	}

	private Map<Pair, Double> run(boolean copying) {
		for (int round = 0; round < ROUNDS; round++) {
			if (copying && round > 0) {
				dependent = dependences();
			}
			entries.forEach((e, groups) -> probability.put(e, probabilities(groups)));
			updateAccuracy();
		}
		Map<Pair, Double> out = new LinkedHashMap<>();
		entries.forEach((e, groups) -> out.put(e, groups.get(best(probability.get(e))).value()));
		return out;
	}

	private double[] probabilities(List<ValueGroups.Group> groups) {
		double[] votes = new double[groups.size()];
		for (int g = 0; g < groups.size(); g++) {
			List<String> counted = new ArrayList<>();
			List<String> sources = groups.get(g).claims().stream().map(BaselineClaim::sourceId).distinct()
				.sorted(Comparator.comparingDouble((String s) -> -accuracy.get(s)).thenComparing(s -> s)).toList();
			for (String s : sources) {
				double a = accuracy.get(s);
				votes[g] += Math.log(n * a / (1 - a)) * independence(s, counted);
				counted.add(s);
			}
		}
		double max = 0;
		for (double v : votes) {
			max = Math.max(max, v);
		}
		double total = Math.max(0, n + 1 - groups.size()) * Math.exp(-max);
		for (double v : votes) {
			total += Math.exp(v - max);
		}
		double[] p = new double[votes.length];
		for (int g = 0; g < votes.length; g++) {
			p[g] = Math.exp(votes[g] - max) / total;
		}
		return p;
	}

	private double independence(String source, List<String> counted) {
		Map<String, Double> mine = dependent.getOrDefault(source, Map.of());
		double left = 1;
		for (String other : counted) {
			left *= 1 - COPY_RATE * mine.getOrDefault(other, 0.0);
		}
		return left;
	}

	private void updateAccuracy() {
		Map<String, double[]> sums = new HashMap<>();
		entries.forEach((e, groups) -> {
			for (int g = 0; g < groups.size(); g++) {
				for (BaselineClaim c : groups.get(g).claims()) {
					double[] s = sums.computeIfAbsent(c.sourceId(), k -> new double[2]);
					s[0] += probability.get(e)[g];
					s[1]++;
				}
			}
		});
		sums.forEach((s, v) -> accuracy.put(s, Math.max(0.01, Math.min(0.99, v[0] / v[1]))));
	}

	/** Per two sources, the posterior that they are dependent, from the values they share under today's truths. */
	private Map<String, Map<String, Double>> dependences() {
		Map<List<String>, int[]> evidence = new HashMap<>();
		entries.forEach((e, groups) -> {
			int truth = best(probability.get(e));
			Map<String, Integer> groupOf = new LinkedHashMap<>();
			for (int g = 0; g < groups.size(); g++) {
				for (BaselineClaim c : groups.get(g).claims()) {
					groupOf.putIfAbsent(c.sourceId(), g);
				}
			}
			List<String> sources = new ArrayList<>(groupOf.keySet());
			for (int i = 0; i < sources.size(); i++) {
				for (int k = i + 1; k < sources.size(); k++) {
					String a = sources.get(i);
					String b = sources.get(k);
					int[] counts = evidence.computeIfAbsent(a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a), x -> new int[3]);
					int ga = groupOf.get(a);
					counts[ga != groupOf.get(b) ? 2 : ga == truth ? 0 : 1]++;
				}
			}
		});
		Map<String, Map<String, Double>> out = new HashMap<>();
		evidence.forEach((pair, counts) -> {
			double a1 = accuracy.get(pair.get(0));
			double a2 = accuracy.get(pair.get(1));
			double p = posterior(ratio(a1, a2, counts), ratio(a2, a1, counts));
			if (p > 0.01) {
				out.computeIfAbsent(pair.get(0), k -> new HashMap<>()).put(pair.get(1), p);
				out.computeIfAbsent(pair.get(1), k -> new HashMap<>()).put(pair.get(0), p);
			}
		});
		return out;
	}

	/** ln P(shared values | the second copies the first) / P(… | independent). */
	private double ratio(double original, double copier, int[] counts) {
		double c = COPY_RATE;
		double pt = original * copier;
		double pf = (1 - original) * (1 - copier) / n;
		return counts[0] * Math.log((original * c + pt * (1 - c)) / pt)
				+ counts[1] * Math.log(((1 - original) * c + pf * (1 - c)) / pf) + counts[2] * Math.log(1 - c);
	}

	private static double posterior(double l1, double l2) {
		double m = Math.max(l1, l2);
		double log = m + Math.log(Math.exp(l1 - m) + Math.exp(l2 - m)) + Math.log(PRIOR / 2) - Math.log(1 - PRIOR);
		return 1 / (1 + Math.exp(-log));
	}

	private double falseValues() {
		long[] pairs = new long[2];
		entries.values().forEach(groups -> {
			List<BaselineClaim> all = groups.stream().flatMap(g -> g.claims().stream()).toList();
			all.stream().filter(c -> c.sourceId().equals(BaselineClaim.OFFICIAL)).findFirst().ifPresent(bls -> {
				List<BaselineClaim> wrong = all.stream()
					.filter(c -> !c.sourceId().equals(BaselineClaim.OFFICIAL) && !BaselineClaim.agree(c.value(), bls.value())).toList();
				for (int i = 0; i < wrong.size(); i++) {
					for (int k = i + 1; k < wrong.size(); k++) {
						if (!wrong.get(i).sourceId().equals(wrong.get(k).sourceId())) {
							pairs[1]++;
							pairs[0] += BaselineClaim.agree(wrong.get(i).value(), wrong.get(k).value()) ? 1 : 0;
						}
					}
				}
			});
		});
		return (pairs[1] + 1.0) / (pairs[0] + 1.0);
	}

	private static int best(double[] p) {
		int best = 0;
		for (int g = 1; g < p.length; g++) {
			if (p[g] > p[best] + 1e-12) {
				best = g;
			}
		}
		return best;
	}
}
