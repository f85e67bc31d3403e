package com.careerbrief.reconcile;

import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;

/** The verdicts of claims the data cannot check: unresolved occupation, absent metric, absent period. */
final class UncheckableVerdicts {

	private UncheckableVerdicts() {
	}

	static Verdict unresolved(NormalisedClaim c) {
		return verdict(c, "Its occupation could not be matched to an official code, so "
				+ Wording.claimed(c) + " cannot be checked.");
	}

	static Verdict noFigure(NormalisedClaim c) {
		String measure = Wording.measure(c.claim().metric(), c.statistic());
		String place = c.place().equals(com.careerbrief.model.Figure.UNITED_STATES) ? "" : " for " + c.place();
		return verdict(c, "No official figure on " + measure + place
				+ " is in the data, so " + Wording.claimed(c) + " cannot be checked.");
	}

	static Verdict noPeriod(NormalisedClaim c) {
		return verdict(c, "No official " + c.claim().period().label()
				+ " projection is in the data, so " + Wording.claimed(c) + " cannot be checked exactly.");
	}

	private static Verdict verdict(NormalisedClaim c, String finding) {
		return new Verdict(c.claim().claimId(), VerdictKind.UNCHECKABLE, ClaimWording.says(c), finding, null, null);
	}
}
