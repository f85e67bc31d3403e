package com.careerbrief.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.careerbrief.model.Finding;
import com.careerbrief.model.OfficialFigure;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;

/**
 * Judges a single-value claim that equals no official figure: it conflicts (with its
 * distance from today's figure), or, undated and falling in a gap of years the data lacks, it cannot be
 * checked exactly but is outdated.
 */
final class MissVerdicts {

	private MissVerdicts() {
	}

	static List<Verdict> write(NormalisedClaim c, OfficialFigures officials) {
		Optional<OfficialFigure> current = comparable(c, officials);
		if (current.isEmpty()) {
			return List.of(UncheckableVerdicts.noFigure(c));
		}
		OfficialFigure now = current.get();
		if (c.periodUnstated()) {
			List<OfficialFigure> gap = gap(officials.history(now.figure().metric(), now.figure().statistic(), c.place()), c.low());
			if (!gap.isEmpty()) {
				return inGap(c, gap, now);
			}
		}
		List<Verdict> out = new ArrayList<>();
		out.add(new Verdict(c.claim().claimId(), VerdictKind.CONFLICTS, c.footing(), new Finding.Unmatched(now), now.figure(),
				FigureMatcher.distancePercent(c.low(), now)));
		if (!c.periodUnstated() && c.period().endYear() > 0 && c.period().endYear() < now.figure().period().endYear()) {
			out.add(new Verdict(c.claim().claimId(), VerdictKind.OUTDATED, c.footing(), new Finding.OlderThanNewest(now),
					now.figure(), null));
		}
		return out;
	}

	/** Today's figure of the statistic the claim stands for, in the claim's place. */
	static Optional<OfficialFigure> comparable(NormalisedClaim c, OfficialFigures officials) {
		for (Statistic s : StatisticFit.fitting(c.statistic(), c.claim().percentile())) {
			Optional<OfficialFigure> now = officials.current(c.claim().metric(), s, c.place(), c.statesProjection());
			if (now.isPresent()) {
				return now;
			}
		}
		return c.statesProjection() ? officials.newestProjection(c.claim().metric(), c.place()) : Optional.empty();
	}

	/** The two consecutive years of the data, with missing years between them, whose values enclose the claim. */
	static List<OfficialFigure> gap(List<OfficialFigure> history, BigDecimal value) {
		for (int i = 0; i + 1 < history.size(); i++) {
			OfficialFigure a = history.get(i);
			OfficialFigure b = history.get(i + 1);
			boolean inside = value.compareTo(a.value().min(b.value())) >= 0 && value.compareTo(a.value().max(b.value())) <= 0;
			if (inside && b.figure().period().endYear() - a.figure().period().endYear() > 1) {
				return List.of(a, b);
			}
		}
		return List.of();
	}

	private static List<Verdict> inGap(NormalisedClaim c, List<OfficialFigure> gap, OfficialFigure now) {
		OfficialFigure b = gap.get(1);
		String id = c.claim().claimId();
		List<Verdict> out = new ArrayList<>();
		out.add(new Verdict(id, VerdictKind.UNCHECKABLE, c.footing(), new Finding.BetweenYears(gap.get(0), b), null, null));
		if (now.isNewerThan(b) || now == b) {
			out.add(new Verdict(id, VerdictKind.OUTDATED, c.footing(), new Finding.OlderThanSince(b, now), now.figure(),
					FigureMatcher.distancePercent(c.low(), now)));
		}
		return out;
	}
}
