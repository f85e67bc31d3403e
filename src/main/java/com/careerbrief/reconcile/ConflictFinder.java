package com.careerbrief.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.careerbrief.model.ChosenFigure;
import com.careerbrief.model.Conflict;
import com.careerbrief.model.Metric;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;

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
		Set<String> candidates = new LinkedHashSet<>();
		candidates.add(Wording.value(h.value(), h.unit(), h.metric()) + " (" + Wording.measure(h.metric(), h.statistic()) + ", "
				+ h.period().label() + ", " + Wording.sourceLabel(h.source()) + ")");
		StringBuilder why = new StringBuilder("The figure that holds is the " + Wording.measure(h.metric(), h.statistic())
				+ " " + h.period().label() + ": " + Wording.value(h.value(), h.unit(), h.metric()) + " ("
				+ Wording.sourceLabel(h.source()) + ")" + (official(h) ? ", the newest official figure." : ". " + h.reason()));
		for (JudgedClaim j : claims) {
			candidates.add(candidate(j.claim()));
			why.append(' ').append(mainReason(j));
		}
		return new Conflict(socCode, h.metric(), h.area(), new ArrayList<>(candidates), h, why.toString());
	}

	static String candidate(NormalisedClaim c) {
		String worded = c.claim().statisticAsWorded() != null ? "\u201c" + c.claim().statisticAsWorded() + "\u201d"
				: Wording.statistic(c.statistic(), c.claim().percentile());
		String source = c.claim().source() == null ? c.claim().documentId() : Wording.sourceLabel(c.claim().source());
		return Wording.claimed(c) + " (" + worded + ", " + c.period().label() + ", " + source + ")";
	}

	/** The verdict that says most about the disagreement: the conflict, else the mislabelling, else the first. */
	private static String mainReason(JudgedClaim j) {
		for (VerdictKind k : List.of(VerdictKind.CONFLICTS, VerdictKind.MATCHES, VerdictKind.ROUNDED, VerdictKind.UNCHECKABLE)) {
			for (Verdict v : j.verdicts()) {
				if (v.kind() == k) {
					return v.reason() + others(j, v);
				}
			}
		}
		return j.verdicts().get(0).reason();
	}

	private static String others(JudgedClaim j, Verdict main) {
		StringBuilder s = new StringBuilder();
		j.verdicts().stream().filter(v -> v != main && v.kind() != VerdictKind.UNCHECKABLE)
				.forEach(v -> s.append(' ').append(v.reason()));
		return s.toString();
	}
}
