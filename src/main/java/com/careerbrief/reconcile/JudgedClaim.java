package com.careerbrief.reconcile;

import java.util.List;

import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;

/**
 * A normalised figure claim with its verdicts.
 *
 * @param claim the claim on the official footing
 * @param verdicts every verdict it earned
 */
record JudgedClaim(NormalisedClaim claim, List<Verdict> verdicts) {

	boolean has(VerdictKind kind) {
		// a loop, not a stream: the reliability estimate asks this millions of times
		for (Verdict v : verdicts) {
			if (v.kind() == kind) {
				return true;
			}
		}
		return false;
	}

	/** True when some verdict says the claim is wrong, stale, mislabelled or about something else. */
	boolean disagrees() {
		return has(VerdictKind.CONFLICTS) || has(VerdictKind.OUTDATED) || has(VerdictKind.SUPERSEDED)
				|| has(VerdictKind.MISLABELLED_STATISTIC) || has(VerdictKind.DIFFERENT_SCOPE);
	}

	/** True when it equals an official figure as labelled, in scope (it may be old). */
	boolean agrees() {
		return (has(VerdictKind.MATCHES) || has(VerdictKind.ROUNDED)) && !has(VerdictKind.MISLABELLED_STATISTIC)
				&& !has(VerdictKind.DIFFERENT_SCOPE);
	}

	/** True when it equals exactly this official figure as labelled and in scope. */
	boolean agreesWith(com.careerbrief.model.Figure figure) {
		return agrees() && !claim.isRange() && verdicts.stream().anyMatch(v -> (v.kind() == VerdictKind.MATCHES
				|| v.kind() == VerdictKind.ROUNDED) && figure.equals(v.checkedAgainst()));
	}
}
