package com.careerbrief.reconcile;

import java.util.Optional;

import com.careerbrief.model.Claim;
import com.careerbrief.model.Finding;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;

/**
 * Judges a growth claim that its own article contradicts: called "much faster than average"
 * (or faster) while not above the all-occupations average the article gives, or "slower" while not below it.
 * No official figure is needed: the article is judged by its own numbers.
 */
final class SelfContradictionVerdicts {

	private SelfContradictionVerdicts() {
	}

	static Optional<Verdict> write(Claim claim) {
		if (claim.metric() != Metric.EMPLOYMENT_CHANGE_PERCENT || claim.comparator() == null
				|| claim.statedAverage() == null) {
			return Optional.empty();
		}
		String words = claim.comparator().toLowerCase();
		int vsAverage = claim.valueLow().compareTo(claim.statedAverage());
		boolean contradicts = words.contains("faster") && vsAverage <= 0 || words.contains("slower") && vsAverage >= 0;
		if (!contradicts) {
			return Optional.empty();
		}
		return Optional.of(new Verdict(claim.claimId(), VerdictKind.CONTRADICTS_ITSELF, null,
				new Finding.ContradictsItself(claim.comparator(), claim.valueLow(), claim.statedAverage()), null, null));
	}
}
