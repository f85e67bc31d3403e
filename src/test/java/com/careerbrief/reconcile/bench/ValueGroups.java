package com.careerbrief.reconcile.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values an entry's claims give, grouped within careerbrief's agreement tolerance so that an hourly value
 * × 2,080 and the published annual figure are one value: the most often stated exact value (first stated
 * among equals) opens a group and takes every claim not yet grouped that agrees with it, and so on.
 */
final class ValueGroups {

	/** One value and the claims that give it. */
	record Group(double value, List<BaselineClaim> claims) {
	}

	private ValueGroups() {
	}

	static List<Group> of(List<BaselineClaim> entry) {
		Map<Double, Integer> exact = new LinkedHashMap<>();
		entry.forEach(c -> exact.merge(c.value(), 1, Integer::sum));
		List<Double> centres = new ArrayList<>(exact.keySet());
		centres.sort(Comparator.comparingInt((Double v) -> -exact.get(v)));
		List<BaselineClaim> left = new ArrayList<>(entry);
		List<Group> out = new ArrayList<>();
		for (double centre : centres) {
			List<BaselineClaim> members = left.stream().filter(c -> BaselineClaim.agree(c.value(), centre)).toList();
			if (!members.isEmpty() && left.stream().anyMatch(c -> c.value() == centre)) {
				out.add(new Group(centre, members));
				left.removeAll(members);
			}
		}
		return out;
	}
}
