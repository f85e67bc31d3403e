package com.careerbrief.reconcile;

import java.util.List;
import java.util.Optional;

import com.careerbrief.model.Verdict;

/**
 * Judges one figure claim against the occupation's official figures and writes every verdict it
 * earns, each with a reason a counselor can repeat.
 */
final class VerdictWriter {

	private final FigureMatcher matcher;

	VerdictWriter(ReconcileProperties props) {
		this.matcher = new FigureMatcher(props);
	}

	List<Verdict> judge(NormalisedClaim c, OfficialFigures officials) {
		if (c.claim().socCode() == null) {
			return List.of(UncheckableVerdicts.unresolved(c));
		}
		if (!officials.has(c.claim().metric())) {
			return List.of(UncheckableVerdicts.noFigure(c));
		}
		if (c.isRange()) {
			return RangeVerdicts.write(c, officials);
		}
		Optional<Match> best = matcher.best(c, officials);
		if (best.isPresent()) {
			return MatchVerdicts.write(c, best.get(), officials);
		}
		return c.statesProjection() ? ProjectionVerdicts.unmatched(c, officials) : MissVerdicts.write(c, officials);
	}
}
