package com.careerbrief.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.careerbrief.model.SourceKind;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;

/**
 * Writes the verdicts of a single-value claim that equals no official figure: it conflicts (with its
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
		out.add(new Verdict(c.claim().claimId(), VerdictKind.CONFLICTS, isTable(c) ? ClaimWording.says(c) : "", conflict(c, now), now.figure(),
				FigureMatcher.distancePercent(c.low(), now)));
		if (!c.periodUnstated() && c.period().endYear() > 0 && c.period().endYear() < now.figure().period().endYear()) {
			out.add(new Verdict(c.claim().claimId(), VerdictKind.OUTDATED, c.period().label() + " is older than the newest "
					+ "official figure: " + MatchVerdicts.today(now) + ".", now.figure(), null));
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

	static String conflict(NormalisedClaim c, OfficialFigure now) {
		String text = Wording.claimed(c) + " matches no official figure for any year; it is "
				+ Wording.distance(FigureMatcher.distancePercent(c.low(), now), now.unit()) + " the "
				+ now.figure().period().label() + " " + MatchVerdicts.shortMeasure(now) + " of " + Wording.value(now)
				+ " (" + Wording.source(now) + ")" + ClaimWording.citation(c) + ".";
		return isTable(c) ? text + " " + publishers(c, now) : text;
	}

	private static boolean isTable(NormalisedClaim c) {
		return c.claim().source() != null && c.claim().source().kind() != SourceKind.ARTICLE;
	}

	/** Why a state agency and BLS can both be right. */
	private static String publishers(NormalisedClaim c, OfficialFigure now) {
		return "The two come from different publishers (" + Wording.who(c.claim().source()) + " and "
				+ now.figure().source().publisher() + ") and vintages (" + vintage(c) + " and "
				+ now.figure().period().label() + "); a state release may also use a different survey panel or "
				+ "reference period, so both figures are shown.";
	}

	private static String vintage(NormalisedClaim c) {
		return c.period().kind() == com.careerbrief.model.PeriodKind.NONE ? "reference year not stated" : c.period().label();
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
		OfficialFigure a = gap.get(0);
		OfficialFigure b = gap.get(1);
		String id = c.claim().claimId();
		String measure = MatchVerdicts.shortMeasure(a);
		String unchecked = Wording.claimed(c) + " lies between the " + measure + " of "
				+ a.figure().period().label() + " (" + Wording.value(a) + ") and of " + b.figure().period().label() + " ("
				+ Wording.value(b) + "); no official table for the years between is in the data, so it cannot be checked exactly.";
		List<Verdict> out = new ArrayList<>();
		out.add(new Verdict(id, VerdictKind.UNCHECKABLE, ClaimWording.says(c), unchecked, null, null));
		if (now.isNewerThan(b) || now == b) {
			out.add(new Verdict(id, VerdictKind.OUTDATED, "It is older than every official " + measure + " since "
					+ b.figure().period().label() + "; " + MatchVerdicts.today(now) + ", so the claim is "
					+ Wording.distance(FigureMatcher.distancePercent(c.low(), now), now.unit()) + " today's figure.",
					now.figure(), FigureMatcher.distancePercent(c.low(), now)));
		}
		return out;
	}
}
