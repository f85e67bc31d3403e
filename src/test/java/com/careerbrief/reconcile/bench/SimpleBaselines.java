package com.careerbrief.reconcile.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.careerbrief.reconcile.bench.GeneratedClaim.Pair;

/** The two source-blind baselines: majority vote on the stated value and the plain mean. */
final class SimpleBaselines {

	private SimpleBaselines() {
	}

	/** Per entry, the value stated most often; a tie goes to the value stated first. */
	static Map<Pair, Double> majorityVote(List<BaselineClaim> claims) {
		Map<Pair, Double> out = new LinkedHashMap<>();
		byEntry(claims).forEach((entry, list) -> {
			Map<Double, Integer> votes = new LinkedHashMap<>();
			list.forEach(c -> votes.merge(c.value(), 1, Integer::sum));
			double best = list.get(0).value();
			for (Map.Entry<Double, Integer> e : votes.entrySet()) {
				if (e.getValue() > votes.get(best)) {
					best = e.getKey();
				}
			}
			out.put(entry, best);
		});
		return out;
	}

	static Map<Pair, Double> mean(List<BaselineClaim> claims) {
		Map<Pair, Double> out = new LinkedHashMap<>();
		byEntry(claims).forEach((entry, list) -> out.put(entry, list.stream().mapToDouble(BaselineClaim::value).average().orElseThrow()));
		return out;
	}

	static Map<Pair, List<BaselineClaim>> byEntry(List<BaselineClaim> claims) {
		return claims.stream().collect(Collectors.groupingBy(BaselineClaim::entry, LinkedHashMap::new, Collectors.toList()));
	}
}
