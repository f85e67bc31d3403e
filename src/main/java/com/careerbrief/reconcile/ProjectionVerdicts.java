package com.careerbrief.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.careerbrief.model.Finding;
import com.careerbrief.model.OfficialFigure;
import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;

/**
 * Judges a claim that states a projection period ("2016–2026") and equals no figure of
 * that period: unchecked when the data lacks the period, conflicting when it has it, and superseded
 * whenever a newer official projection exists.
 */
final class ProjectionVerdicts {

	private ProjectionVerdicts() {
	}

	static List<Verdict> unmatched(NormalisedClaim c, OfficialFigures officials) {
		boolean periodInData = officials.all().stream().anyMatch(o -> o.figure().metric() == c.claim().metric()
				&& FigureMatcher.samePeriod(o.figure().period(), c.period()));
		List<Verdict> out = new ArrayList<>();
		if (periodInData) {
			out.addAll(MissVerdicts.write(c, officials));
		}
		else {
			out.add(UncheckableVerdicts.noPeriod(c));
		}
		superseded(c, officials).ifPresent(out::add);
		return out;
	}

	/** SUPERSEDED when the newest official projection of the metric starts after the claim's period. */
	static Optional<Verdict> superseded(NormalisedClaim c, OfficialFigures officials) {
		return officials.newestProjection(c.claim().metric(), c.place()).filter(n -> newer(n, c)).map(n -> new Verdict(
				c.claim().claimId(), VerdictKind.SUPERSEDED, c.footing(), new Finding.Superseded(n), n.figure(),
				FigureMatcher.distancePercent(c.low(), n)));
	}

	private static boolean newer(OfficialFigure n, NormalisedClaim c) {
		int end = Integer.compare(n.figure().period().endYear(), c.period().endYear());
		return end > 0 || end == 0 && n.figure().period().startYear() > c.period().startYear();
	}
}
