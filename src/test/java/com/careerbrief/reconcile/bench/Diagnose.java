package com.careerbrief.reconcile.bench;

import java.nio.file.Path;
import java.util.*;
import com.careerbrief.model.VerdictKind;

public final class Diagnose {
	public static void main(String[] args) throws Exception {
		OewsSeries series = OewsSeries.load(Path.of("input"));
		ClaimsGenerator gen = new ClaimsGenerator(series);
		CareerbriefRun cb = new CareerbriefRun(series);
		Set<String> all = Set.copyOf(series.codes());
		for (Scenario s : Scenario.all()) {
			if (!s.name().equals(args[0])) continue;
			List<GeneratedClaim> claims = gen.generate(s, 2024);
			var out = cb.run(claims, all);
			Map<String, Integer> counts = new TreeMap<>();
			int shown = 0;
			for (GeneratedClaim g : claims) {
				if (g.pattern() == ErrorPattern.NONE) continue;
				Set<VerdictKind> k = out.verdicts().getOrDefault(g.claim().claimId(), Set.of());
				if (!VerdictScore.right(g, k)) {
					counts.merge(g.copiedPattern() + " " + new TreeSet<>(k), 1, Integer::sum);
					if (shown++ < 8) System.out.println(g.pair() + " truth " + g.truth() + " claim " + g.claim().statistic() + " " + g.claim().valueLow() + " " + g.claim().unit() + " " + g.claim().period().label() + " -> " + k);
				}
			}
			counts.forEach((a, b) -> System.out.println(b + "  " + a));
		}
	}
}
