package com.careerbrief.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.careerbrief.model.Bound;
import com.careerbrief.model.ChosenFigure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Statistic;

/**
 * Chooses a figure from non-official claims where no official figure exists for that metric ×
 * statistic × place: claims that agree within the rounding tolerance pool their sources' weights, and
 * the best-weighted claim of the heaviest pool is reported as stated, never an average.
 */
final class ClaimChooser {

	private static final Set<Metric> CHOOSABLE = EnumSet.of(Metric.WAGE, Metric.EMPLOYMENT, Metric.EMPLOYMENT_PROJECTED,
			Metric.EMPLOYMENT_CHANGE_COUNT, Metric.EMPLOYMENT_CHANGE_PERCENT, Metric.OPENINGS);

	private final ReconcileProperties props;

	ClaimChooser(ReconcileProperties props) {
		this.props = props;
	}

	List<ChosenFigure> choose(String socCode, OfficialFigures officials, List<JudgedClaim> judged, SourceReliability rel) {
		Map<List<Object>, List<JudgedClaim>> pools = new LinkedHashMap<>();
		for (JudgedClaim j : judged) {
			if (eligible(j, officials)) {
				NormalisedClaim c = j.claim();
				pools.computeIfAbsent(List.of(c.claim().metric(), c.statistic(), c.place()), k -> new ArrayList<>()).add(j);
			}
		}
		List<ChosenFigure> out = new ArrayList<>();
		pools.values().forEach(pool -> out.add(chosen(socCode, pool, rel)));
		return out;
	}

	/** Single values in a choosable metric, nothing wrong found, and no official figure for their key. */
	private static boolean eligible(JudgedClaim j, OfficialFigures officials) {
		NormalisedClaim c = j.claim();
		Metric m = c.claim().metric();
		boolean vague = c.statistic() == Statistic.AVERAGE_AS_WORDED || c.statistic() == Statistic.RANGE;
		boolean officialKey = officials.all().stream().anyMatch(o -> o.figure().metric() == m
				&& o.figure().statistic() == c.statistic() && o.figure().area().equals(c.place()));
		return CHOOSABLE.contains(m) && !c.isRange() && c.claim().socCode() != null && !j.disagrees() && !officialKey
				&& !(vague && officials.has(m, c.place()));
	}

	private ChosenFigure chosen(String socCode, List<JudgedClaim> pool, SourceReliability rel) {
		JudgedClaim best = null;
		double bestWeight = -1;
		List<JudgedClaim> bestAgreeing = List.of();
		for (JudgedClaim j : pool) {
			List<JudgedClaim> agreeing = pool.stream().filter(o -> close(o.claim().low(), j.claim().low())).toList();
			double w = agreeing.stream().mapToDouble(o -> rel.weight(o.claim().claim().source())).sum()
					+ rel.weight(j.claim().claim().source()) / 1000;
			if (w > bestWeight) {
				best = j;
				bestWeight = w;
				bestAgreeing = agreeing;
			}
		}
		double total = pool.stream().mapToDouble(o -> rel.weight(o.claim().claim().source())).sum();
		NormalisedClaim c = best.claim();
		BigDecimal low = bestAgreeing.stream().map(o -> o.claim().low()).min(BigDecimal::compareTo).orElse(c.low());
		BigDecimal high = bestAgreeing.stream().map(o -> o.claim().low()).max(BigDecimal::compareTo).orElse(c.low());
		double confidence = Math.round(Math.min(0.7, 0.7 * bestWeight / Math.max(total, 1e-9)) * 100) / 100.0;
		String reason = "No official figure is in the data; " + Wording.who(c.claim().source()) + " gives "
				+ Wording.claimed(c) + (pool.size() == 1 ? ", the only non-official figure" : ", backed by " + bestAgreeing.size()
						+ " of " + pool.size() + " non-official figures weighted by how often each source agrees with official data")
				+ String.format(java.util.Locale.US, " (source weight %.2f).", rel.weight(c.claim().source()));
		return new ChosenFigure(socCode, c.claim().metric(), c.statistic(), c.place(), c.unit(), c.low(), Bound.EXACT,
				c.period(), c.claim().source(), low, high, confidence, reason);
	}

	private boolean close(BigDecimal a, BigDecimal b) {
		BigDecimal allowed = b.abs().multiply(props.roundingTolerancePercent()).divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP);
		return a.subtract(b).abs().compareTo(allowed) <= 0;
	}
}
