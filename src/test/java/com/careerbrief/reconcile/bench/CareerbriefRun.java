package com.careerbrief.reconcile.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.careerbrief.model.ChosenFigure;
import com.careerbrief.model.Claim;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Occupation;
import com.careerbrief.model.SourceDependence;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.model.VerdictKind;
import com.careerbrief.reconcile.ReconcileProperties;
import com.careerbrief.reconcile.ReconciledOccupation;
import com.careerbrief.reconcile.Reconciler;
import com.careerbrief.reconcile.SourceReliability;
import com.careerbrief.reconcile.bench.GeneratedClaim.Pair;

/**
 * Runs careerbrief's {@link Reconciler} on generated claims the way the job does: source reliability is
 * estimated once over every occupation, then each occupation is reconciled with its own official figures.
 * Only the occupations in {@code withOfficial} get their official figures (all OEWS national years and
 * the May 2023 state means); the others get none, so their figures must be chosen by source weights.
 */
final class CareerbriefRun {

	/**
	 * What careerbrief decided: the chosen national annual value per pair, the verdict kinds per claim id, and
	 * the number of different wrong values a wrong claim draws from, as measured on the occupations given
	 * official figures.
	 */
	record Outcome(Map<Pair, BigDecimal> chosen, Map<String, Set<VerdictKind>> verdicts, double falseValues,
			List<SourceDependence> dependences) {
	}

	private final OewsSeries series;

	private final ReconcileProperties props = ReconcileProperties.defaults();

	CareerbriefRun(OewsSeries series) {
		this.series = series;
	}

	Outcome run(List<GeneratedClaim> generated, Set<String> withOfficial) {
		Map<String, List<Claim>> claimsBySoc = generated.stream().map(GeneratedClaim::claim)
				.collect(Collectors.groupingBy(Claim::socCode, TreeMap::new, Collectors.toList()));
		Map<String, List<Figure>> figuresBySoc = new TreeMap<>();
		claimsBySoc.keySet().forEach(soc -> figuresBySoc.put(soc, withOfficial.contains(soc) ? officials(soc) : List.of()));
		SourceReliability reliability = SourceReliability.estimate(props, claimsBySoc, figuresBySoc);
		Reconciler reconciler = new Reconciler(props);
		Map<Pair, BigDecimal> chosen = new LinkedHashMap<>();
		Map<String, Set<VerdictKind>> verdicts = new HashMap<>();
		claimsBySoc.forEach((soc, claims) -> {
			Occupation occupation = new Occupation(soc, soc, null, 0, null);
			ReconciledOccupation r = reconciler.reconcile(occupation, figuresBySoc.get(soc), List.of(), claims, reliability);
			r.verdicts().forEach(v -> verdicts.computeIfAbsent(v.claimId(), k -> new java.util.HashSet<>()).add(v.kind()));
			for (Statistic s : OewsSeries.STATISTICS) {
				pick(r.chosen(), s).ifPresent(c -> chosen.put(new Pair(soc, s), c.value()));
			}
		});
		return new Outcome(chosen, verdicts, reliability.falseValues(), reliability.dependences().all());
	}

	private List<Figure> officials(String soc) {
		List<Figure> out = new ArrayList<>(series.nationalFigures(soc));
		out.addAll(series.stateFigures(soc));
		return out;
	}

	/** The national annual wage figure chosen for a statistic. */
	private static java.util.Optional<ChosenFigure> pick(List<ChosenFigure> chosen, Statistic s) {
		return chosen.stream().filter(c -> c.metric() == Metric.WAGE && c.statistic() == s && c.unit() == Unit.USD_PER_YEAR
				&& Figure.UNITED_STATES.equals(c.area())).findFirst();
	}
}
