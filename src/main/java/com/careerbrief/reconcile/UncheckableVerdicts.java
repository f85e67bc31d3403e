package com.careerbrief.reconcile;

import com.careerbrief.model.Finding;
import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;

/** The verdicts of claims the data cannot check: unresolved occupation, absent metric, absent period. */
final class UncheckableVerdicts {

	private UncheckableVerdicts() {
	}

	static Verdict unresolved(NormalisedClaim c) {
		return verdict(c, new Finding.Unresolved());
	}

	static Verdict noFigure(NormalisedClaim c) {
		return verdict(c, new Finding.NoFigure());
	}

	static Verdict noPeriod(NormalisedClaim c) {
		return verdict(c, new Finding.NoPeriod());
	}

	private static Verdict verdict(NormalisedClaim c, Finding finding) {
		return new Verdict(c.claim().claimId(), VerdictKind.UNCHECKABLE, c.footing(), finding, null, null);
	}
}
