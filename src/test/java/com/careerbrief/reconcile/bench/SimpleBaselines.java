package com.careerbrief.reconcile.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.careerbrief.reconcile.bench.GeneratedClaim.Pair;

/** The two source-blind baselines: majority vote (values grouped within the agreement tolerance) and the plain mean. */
final class SimpleBaselines {

	private SimpleBaselines() {
	}

	/**
	 * Per entry, the value stated most often, counting as one value those within careerbrief's agreement
	 * tolerance ({@link ValueGroups}); a tie goes to the group opened first.
	 */
	static Map<Pair, Double> majorityVote(List<BaselineClaim> claims) {
		Map<Pair, Double> out = new LinkedHashMap<>();
		byEntry(claims).forEach((entry, list) -> out.put(entry, ValueGroups.of(list).stream()
			.max(java.util.Comparator.comparingInt((ValueGroups.Group g) -> g.claims().size()))
			.map(ValueGroups.Group::value).orElseThrow()));
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
