package com.careerbrief.reconcile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import com.careerbrief.model.Finding;
import com.careerbrief.model.Metric;
import com.careerbrief.model.OfficialFigure;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;

/**
 * Judges a range claim ("$45,000 to $55,000") by what it covers: today's median (or mean), and whether it
 * spans the official 10th–90th percentile spread.
 */
final class RangeVerdicts {

	private RangeVerdicts() {
	}

	static List<Verdict> write(NormalisedClaim c, OfficialFigures officials) {
		Optional<OfficialFigure> centre = MissVerdicts.comparable(c, officials);
		if (centre.isEmpty()) {
			return List.of(UncheckableVerdicts.noFigure(c));
		}
		OfficialFigure mid = centre.get();
		Finding.Spread spread = c.claim().metric() == Metric.WAGE ? spread(c, officials) : null;
		if (inside(c, mid.value())) {
			return List.of(new Verdict(c.claim().claimId(), VerdictKind.MATCHES, c.footing(),
					new Finding.RangeAgainst(mid, true, spread), mid.figure(), BigDecimal.ZERO.setScale(1)));
		}
		BigDecimal nearest = mid.value().compareTo(c.low()) < 0 ? c.low() : c.high();
		return List.of(new Verdict(c.claim().claimId(), VerdictKind.CONFLICTS, c.footing(),
				new Finding.RangeAgainst(mid, false, spread), mid.figure(), FigureMatcher.distancePercent(nearest, mid)));
	}

	private static boolean inside(NormalisedClaim c, BigDecimal v) {
		return c.low().compareTo(v) <= 0 && v.compareTo(c.high()) <= 0;
	}

	/** The official 10th–90th percentile spread and how far inside it each end of the range stops; null without one. */
	private static Finding.Spread spread(NormalisedClaim c, OfficialFigures officials) {
		Optional<OfficialFigure> p10 = officials.current(Metric.WAGE, Statistic.P10, c.place(), false);
		Optional<OfficialFigure> p90 = officials.current(Metric.WAGE, Statistic.P90, c.place(), false);
		if (p10.isEmpty() || p90.isEmpty()) {
			return null;
		}
		BigDecimal lowAbove = c.low().compareTo(p10.get().value()) > 0 ? FigureMatcher.distancePercent(c.low(), p10.get()) : null;
		BigDecimal highBelow = c.high().compareTo(p90.get().value()) < 0 ? FigureMatcher.distancePercent(c.high(), p90.get())
				: null;
		return new Finding.Spread(p10.get(), p90.get(), lowAbove, highBelow);
	}
}
