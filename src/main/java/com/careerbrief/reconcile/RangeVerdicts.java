package com.careerbrief.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.careerbrief.model.Metric;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;

/**
 * Writes the verdict of a range claim ("$45,000 to $55,000") by saying what it covers: today's median
 * (or mean), and whether it spans the official 10th–90th percentile spread.
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
		boolean holds = inside(c, mid.value());
		String id = c.claim().claimId();
		String says = ClaimWording.says(c);
		String spread = c.claim().metric() == Metric.WAGE ? " " + spread(c, officials) : "";
		if (holds) {
			return List.of(new Verdict(id, VerdictKind.MATCHES, says, "The range holds today's "
					+ MatchVerdicts.shortMeasure(mid) + " of " + Wording.value(mid) + " (" + mid.figure().period().label()
					+ ")." + spread, mid.figure(), BigDecimal.ZERO.setScale(1)));
		}
		BigDecimal nearest = mid.value().compareTo(c.low()) < 0 ? c.low() : c.high();
		List<Verdict> out = new ArrayList<>();
		out.add(new Verdict(id, VerdictKind.CONFLICTS, says, "The range misses today's " + MatchVerdicts.shortMeasure(mid)
				+ " of " + Wording.value(mid) + " (" + mid.figure().period().label() + "); its nearest end is "
				+ Wording.distance(FigureMatcher.distancePercent(nearest, mid), mid.unit()) + " it." + spread, mid.figure(),
				FigureMatcher.distancePercent(nearest, mid)));
		return out;
	}

	private static boolean inside(NormalisedClaim c, BigDecimal v) {
		return c.low().compareTo(v) <= 0 && v.compareTo(c.high()) <= 0;
	}

	/** "It does not cover the official 10th–90th percentile spread (…): its high end is 38% below the 90th percentile." */
	private static String spread(NormalisedClaim c, OfficialFigures officials) {
		Optional<OfficialFigure> p10 = officials.current(Metric.WAGE, Statistic.P10, c.place(), false);
		Optional<OfficialFigure> p90 = officials.current(Metric.WAGE, Statistic.P90, c.place(), false);
		if (p10.isEmpty() || p90.isEmpty()) {
			return "";
		}
		String range = "the official 10th–90th percentile spread (" + Wording.value(p10.get()) + "–"
				+ Wording.value(p90.get()) + ", " + p90.get().figure().period().label() + ")";
		List<String> gaps = new ArrayList<>();
		if (c.low().compareTo(p10.get().value()) > 0) {
			gaps.add("its low end is " + Wording.distance(FigureMatcher.distancePercent(c.low(), p10.get()), Unit.USD_PER_YEAR) + " the 10th percentile");
		}
		if (c.high().compareTo(p90.get().value()) < 0) {
			gaps.add("its high end is " + Wording.distance(FigureMatcher.distancePercent(c.high(), p90.get()), Unit.USD_PER_YEAR)
					+ " the 90th percentile, so it understates top pay");
		}
		return gaps.isEmpty() ? "It covers " + range + "." : "It does not cover " + range + ": " + String.join(" and ", gaps) + ".";
	}
}
