package com.careerbrief.reconcile.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.careerbrief.reconcile.bench.GeneratedClaim.Pair;

/**
 * CRH truth discovery for continuous data (Li et al., "Resolving conflicts in heterogeneous data by truth
 * discovery and source reliability estimation", SIGMOD 2014): start from the median of each entry; then
 * repeat: a source's loss is the sum over its claims of |value − truth| / (standard deviation of the entry's
 * claims), its weight w = −log(loss / the sum of all sources' losses), as in the paper's equation (6) with
 * the normalisation by the sum, and each truth is the weighted median of the entry's claims.
 */
final class Crh {

	static final int ITERATIONS = 20;

	private static final double EPSILON = 1e-9;

	private Crh() {
	}

	static Map<Pair, Double> truths(List<BaselineClaim> claims) {
		Map<Pair, List<BaselineClaim>> entries = SimpleBaselines.byEntry(claims);
		Map<Pair, Double> std = new HashMap<>();
		Map<Pair, Double> truths = new LinkedHashMap<>();
		entries.forEach((e, list) -> {
			std.put(e, deviation(list));
			truths.put(e, weightedMedian(list, Map.of()));
		});
		for (int i = 0; i < ITERATIONS; i++) {
			Map<String, Double> weights = weights(entries, truths, std);
			entries.forEach((e, list) -> truths.put(e, weightedMedian(list, weights)));
		}
		return truths;
	}

	static Map<String, Double> weights(Map<Pair, List<BaselineClaim>> entries, Map<Pair, Double> truths, Map<Pair, Double> std) {
		Map<String, Double> loss = new LinkedHashMap<>();
		entries.forEach((e, list) -> list.forEach(c -> loss.merge(c.sourceId(),
				Math.abs(c.value() - truths.get(e)) / std.get(e), Double::sum)));
		double sum = loss.values().stream().mapToDouble(Double::doubleValue).sum();
		Map<String, Double> weights = new HashMap<>();
		loss.forEach((s, l) -> weights.put(s, -Math.log((l + EPSILON) / (sum + EPSILON))));
		return weights;
	}

	/** The value where the claims' cumulative weight first reaches half; unweighted when no weights are known. */
	static double weightedMedian(List<BaselineClaim> list, Map<String, Double> weights) {
		List<BaselineClaim> sorted = new ArrayList<>(list);
		sorted.sort(Comparator.comparingDouble(BaselineClaim::value));
		double total = sorted.stream().mapToDouble(c -> weights.getOrDefault(c.sourceId(), 1.0)).sum();
		if (total <= 0) {
			return sorted.get(sorted.size() / 2).value();
		}
		double cumulative = 0;
		for (BaselineClaim c : sorted) {
			cumulative += weights.getOrDefault(c.sourceId(), 1.0);
			if (cumulative >= total / 2) {
				return c.value();
			}
		}
		return sorted.get(sorted.size() - 1).value();
	}

	/** Standard deviation of the entry's values; 1 when they all agree, so a lone or unanimous entry costs nothing. */
	private static double deviation(List<BaselineClaim> list) {
		double mean = list.stream().mapToDouble(BaselineClaim::value).average().orElse(0);
		double var = list.stream().mapToDouble(c -> (c.value() - mean) * (c.value() - mean)).average().orElse(0);
		return var > 0 ? Math.sqrt(var) : 1;
	}
}
