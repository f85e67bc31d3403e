package com.careerbrief.reconcile.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.careerbrief.model.VerdictKind;

/** How often careerbrief's verdicts on a set of generated claims name the error planted in them. */
final class VerdictScore {

	private static final Set<VerdictKind> DISAGREEING = Set.of(VerdictKind.CONFLICTS, VerdictKind.OUTDATED,
			VerdictKind.SUPERSEDED, VerdictKind.MISLABELLED_STATISTIC, VerdictKind.DIFFERENT_SCOPE, VerdictKind.UNCHECKABLE);

	private VerdictScore() {
	}

	/**
	 * Share (percent) of the claims whose verdicts include the kind that names their error; a correct claim
	 * must be found to match and nothing else. NaN when there are no such claims.
	 */
	static double accuracy(List<GeneratedClaim> claims, Map<String, Set<VerdictKind>> verdicts) {
		if (claims.isEmpty()) {
			return Double.NaN;
		}
		long right = claims.stream().filter(g -> right(g, verdicts.getOrDefault(g.claim().claimId(), Set.of()))).count();
		return right * 100.0 / claims.size();
	}

	static boolean right(GeneratedClaim g, Set<VerdictKind> kinds) {
		ErrorPattern named = g.pattern().expected() == null ? g.copiedPattern() : g.pattern();
		if (named == ErrorPattern.NONE) {
			return kinds.contains(VerdictKind.MATCHES) && kinds.stream().noneMatch(DISAGREEING::contains);
		}
		return kinds.contains(named.expected());
	}
}
