package com.careerbrief.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.careerbrief.model.Finding;
import com.careerbrief.model.Footing;
import com.careerbrief.model.OfficialFigure;
import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;

/** Judges a claim that equals an official figure: which one, and what is wrong with it. */
final class MatchVerdicts {

	private MatchVerdicts() {
	}

	static List<Verdict> write(NormalisedClaim c, Match m, OfficialFigures officials) {
		OfficialFigure f = m.official();
		Optional<OfficialFigure> current = f.isProjection()
				? officials.newestProjection(f.figure().metric(), f.figure().area()).filter(n -> sameStatistic(n, f))
				: officials.current(f.figure().metric(), f.figure().statistic(), f.figure().area(), false);
		OfficialFigure newer = current.filter(n -> n.isNewerThan(f)).orElse(null);
		String id = c.claim().claimId();
		Footing footing = c.footing();
		List<Verdict> out = new ArrayList<>();
		out.add(new Verdict(id, m.exact() ? VerdictKind.MATCHES : VerdictKind.ROUNDED, footing,
				new Finding.Matched(f, m.exact(), newer), f.figure(), FigureMatcher.distancePercent(c.low(), f)));
		if (!m.statisticFits()) {
			out.add(new Verdict(id, VerdictKind.MISLABELLED_STATISTIC, footing, new Finding.Mislabelled(f,
					StatisticFit.primary(c.statistic(), c.claim().percentile()), newer), f.figure(), null));
		}
		if (m.differentScope()) {
			out.add(new Verdict(id, VerdictKind.DIFFERENT_SCOPE, footing, new Finding.OtherScope(f), f.figure(), null));
		}
		if (newer != null) {
			VerdictKind kind = f.isProjection() ? VerdictKind.SUPERSEDED : VerdictKind.OUTDATED;
			out.add(new Verdict(id, kind, footing, new Finding.Stale(f, newer), newer.figure(),
					FigureMatcher.distancePercent(c.low(), newer)));
		}
		return out;
	}

	private static boolean sameStatistic(OfficialFigure a, OfficialFigure b) {
		return a.figure().statistic() == b.figure().statistic();
	}
}
