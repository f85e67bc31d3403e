package com.careerbrief.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;

/** Writes the verdicts of a claim that equals an official figure: which one, and what is wrong with it. */
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
		List<Verdict> out = new ArrayList<>();
		out.add(new Verdict(id, m.exact() ? VerdictKind.MATCHES : VerdictKind.ROUNDED, ClaimWording.says(c), matched(c, m, newer), f.figure(),
				FigureMatcher.distancePercent(c.low(), f)));
		if (!m.statisticFits()) {
			out.add(new Verdict(id, VerdictKind.MISLABELLED_STATISTIC, mislabelled(c, f, newer), f.figure(), null));
		}
		if (m.differentScope()) {
			out.add(new Verdict(id, VerdictKind.DIFFERENT_SCOPE, scope(c, f), f.figure(), null));
		}
		if (newer != null) {
			VerdictKind kind = f.isProjection() ? VerdictKind.SUPERSEDED : VerdictKind.OUTDATED;
			out.add(new Verdict(id, kind, stale(c, f, newer), newer.figure(), FigureMatcher.distancePercent(c.low(), newer)));
		}
		return out;
	}

	private static boolean sameStatistic(OfficialFigure a, OfficialFigure b) {
		return a.figure().statistic() == b.figure().statistic();
	}

	private static String matched(NormalisedClaim c, Match m, OfficialFigure newer) {
		OfficialFigure f = m.official();
		String rounded = m.exact() ? "" : "Rounded, ";
		String that = newer == null ? "that is the official " : "that was the ";
		String value = m.exact() ? "" : ": " + Wording.value(f);
		String sentence = capitalise(rounded + that) + Wording.measure(f) + " "
				+ Wording.when(f.figure()) + value + " (" + Wording.source(f) + ")";
		return sentence + (newer == null ? "." : "; " + today(newer) + ".");
	}

	/** "today's median is $50,250 (May 2024)", "the newest projection is +7.1% (2024–34)". */
	static String today(OfficialFigure n) {
		String what = n.isProjection() ? "the newest projection" : "today's " + shortMeasure(n);
		return what + " is " + Wording.value(n) + " (" + n.figure().period().label() + ")";
	}

	/** "median" for pay (as counselors say it), the full measure otherwise. */
	static String shortMeasure(OfficialFigure o) {
		return o.figure().metric() == com.careerbrief.model.Metric.WAGE
				? Wording.statistic(o.figure().statistic(), 0) : Wording.measure(o);
	}

	private static String mislabelled(NormalisedClaim c, OfficialFigure f, OfficialFigure newer) {
		String worded = Wording.statistic(c.statistic(), c.claim().percentile());
		String fitting = Wording.statistic(StatisticFit.primary(c.statistic(), c.claim().percentile()), 0);
		String text = ClaimWording.subject(c) + " calls " + Wording.claimed(c) + " " + article(worded) + worded
				+ ", but it is the " + shortMeasure(f) + " " + Wording.when(f.figure()) + ", not a " + fitting
				+ "; do not compare or average it with " + fitting + " figures.";
		return newer == null ? text : text + " " + capitalise(today(newer)) + ".";
	}

	private static String scope(NormalisedClaim c, OfficialFigure f) {
		String figure = Wording.value(f) + " (" + Wording.measure(f) + " " + Wording.when(f.figure()) + ")";
		if (!f.ownCode()) {
			return "The figure it is close to, " + figure + ", is for the hybrid code " + f.figure().socCode() + " ("
					+ f.figure().occupationTitle() + "), a wider group than this occupation alone.";
		}
		return "The figure it equals, " + figure + ", is for " + f.figure().area() + ", not " + c.place() + ".";
	}

	private static String stale(NormalisedClaim c, OfficialFigure f, OfficialFigure newer) {
		if (f.isProjection()) {
			return "The " + f.figure().period().label() + " projection has been superseded by "
					+ Wording.sourceLabel(newer.figure().source()) + ": " + Wording.value(newer) + " ("
					+ Wording.measure(newer) + " " + Wording.when(newer.figure()) + ").";
		}
		return Wording.claimed(c) + " dates from " + f.figure().period().label() + "; " + today(newer) + ", so the claim is "
				+ Wording.distance(FigureMatcher.distancePercent(c.low(), newer), newer.unit()) + " today's figure.";
	}

	private static String article(String word) {
		return "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an " : "a ";
	}

	static String capitalise(String s) {
		return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}
}
