package com.careerbrief.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.careerbrief.model.ChosenFigure;
import com.careerbrief.model.Conflict;
import com.careerbrief.model.Metric;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.Statistic;

/**
 * Finds, per metric × place, where a source disagrees with the figure that holds (a conflicting,
 * outdated, superseded, mislabelled or out-of-scope claim) and puts the candidates side by side.
 */
final class ConflictFinder {

	private static final List<Statistic> HEADLINE = List.of(Statistic.MEDIAN, Statistic.MEAN, Statistic.VALUE);

	private ConflictFinder() {
	}

	static List<Conflict> find(String socCode, List<ChosenFigure> chosen, List<JudgedClaim> judged) {
		Map<List<Object>, List<JudgedClaim>> groups = new LinkedHashMap<>();
		for (JudgedClaim j : judged) {
			if (j.disagrees()) {
				groups.computeIfAbsent(List.of(j.claim().claim().metric(), j.claim().place()), k -> new ArrayList<>()).add(j);
			}
		}
		List<Conflict> out = new ArrayList<>();
		groups.forEach((key, claims) -> headline(chosen, (Metric) key.get(0), (String) key.get(1))
				.ifPresent(h -> out.add(conflict(socCode, h, claims))));
		return out;
	}

	/** The figure that holds for a metric and place: official first, the median, else the mean, else the newest. */
	static Optional<ChosenFigure> headline(List<ChosenFigure> chosen, Metric metric, String area) {
		return chosen.stream().filter(c -> c.metric() == metric && c.area().equals(area))
				.min(Comparator.comparing((ChosenFigure c) -> !official(c)).thenComparingInt(c -> rank(c.statistic()))
						.thenComparing(c -> -c.period().endYear()));
	}

	private static boolean official(ChosenFigure c) {
		return c.source() != null && c.source().kind() == SourceKind.OFFICIAL;
	}

	private static int rank(Statistic s) {
		int i = HEADLINE.indexOf(s);
		return i < 0 ? HEADLINE.size() : i;
	}

	private static Conflict conflict(String socCode, ChosenFigure h, List<JudgedClaim> claims) {
		return new Conflict(socCode, h.metric(), h.area(), h,
				claims.stream().map(j -> new Conflict.Disagreeing(j.claim().claim().claimId(), null)).toList(), false);
	}
}
