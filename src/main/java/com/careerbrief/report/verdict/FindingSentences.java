package com.careerbrief.report.verdict;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.careerbrief.model.Figure;
import com.careerbrief.model.Finding;
import com.careerbrief.model.Metric;
import com.careerbrief.model.OfficialFigure;
import com.careerbrief.model.PeriodKind;
import com.careerbrief.model.Rounding;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.model.Verdict;
import com.careerbrief.model.Words;

import static com.careerbrief.report.verdict.Sentences.capitalise;
import static com.careerbrief.report.verdict.Sentences.shortMeasure;
import static com.careerbrief.report.verdict.Sentences.today;

/** Puts a verdict's finding into words: what the official data says of the claim. */
final class FindingSentences {

	private FindingSentences() {
	}

	/** The sentence stating the claim, for the findings that begin with it; else empty. */
	static String says(StatedClaim c, Finding finding) {
		boolean stated = finding instanceof Finding.Matched || finding instanceof Finding.BetweenYears
				|| finding instanceof Finding.RangeAgainst || finding instanceof Finding.Unresolved
				|| finding instanceof Finding.NoFigure || finding instanceof Finding.NoPeriod
				|| finding instanceof Finding.Unmatched && c.isTable();
		return stated ? c.says() : "";
	}

	static String finding(StatedClaim c, Verdict v) {
		BigDecimal distance = v.distancePercent();
		Finding f = v.finding();
		if (f instanceof Finding.Matched m) {
			return matched(c, m);
		}
		if (f instanceof Finding.Mislabelled m) {
			return mislabelled(c, m);
		}
		if (f instanceof Finding.OtherScope s) {
			return otherScope(c, s.official());
		}
		if (f instanceof Finding.Stale s) {
			return stale(c, s, distance);
		}
		if (f instanceof Finding.Unmatched u) {
			return unmatched(c, u.today(), distance);
		}
		if (f instanceof Finding.OlderThanNewest o) {
			return c.footing().period().label() + " is older than the newest official figure: "
					+ today(o.today()) + ".";
		}
		if (f instanceof Finding.BetweenYears b) {
			return c.claimed() + " lies between the " + shortMeasure(b.before()) + " of "
					+ b.before().figure().period().label() + " (" + Words.value(b.before()) + ") and of "
					+ b.after().figure().period().label() + " (" + Words.value(b.after()) + "); no official table for the"
					+ " years between is in the data, so it cannot be checked exactly.";
		}
		if (f instanceof Finding.OlderThanSince o) {
			return "It is older than every official " + shortMeasure(o.since()) + " since "
					+ o.since().figure().period().label() + "; " + today(o.today()) + ", so the claim is "
					+ Words.distance(distance, o.today().unit()) + " today's figure.";
		}
		if (f instanceof Finding.RangeAgainst r) {
			return range(r, distance);
		}
		if (f instanceof Finding.Superseded s) {
			return "The " + c.footing().period().label() + " projection has been superseded by "
					+ newest(s.newest());
		}
		if (f instanceof Finding.Unresolved) {
			return "Its occupation could not be matched to an official code, so " + c.claimed()
					+ " cannot be checked.";
		}
		if (f instanceof Finding.NoFigure) {
			return noFigure(c);
		}
		if (f instanceof Finding.NoPeriod) {
			return "No official " + c.claim().period().label() + " projection is in the data, so "
					+ c.claimed() + " cannot be checked exactly.";
		}
		if (f instanceof Finding.ContradictsItself s) {
			return contradiction(s);
		}
		throw new IllegalArgumentException("No words for " + f);
	}

	private static String matched(StatedClaim c, Finding.Matched m) {
		OfficialFigure f = m.official();
		String rounded = m.exact() ? "" : "Rounded" + direction(c, f) + ", ";
		String that = m.newer() == null ? "that is the official " : "that was the ";
		String value = m.exact() ? "" : ": " + Words.value(f);
		String sentence = capitalise(rounded + that) + Words.measure(f) + " " + Words.when(f.figure()) + value + " ("
				+ Words.source(f) + ")";
		return sentence + (m.newer() == null ? "." : "; " + today(m.newer()) + ".");
	}

	/** " down" for $28,500 said of $28,800: cut to a round number, not rounded to the nearest one ($29,000). */
	private static String direction(StatedClaim c, OfficialFigure f) {
		// Hourly pay or thousands compared as annual pay or persons were rounded in the unit they were written in.
		if (c.footing().isRange() || c.footing().low() == null || c.claim().unit() != c.footing().unit()) {
			return "";
		}
		String way = Rounding.direction(c.footing().low(), f.value());
		return way == null ? "" : " " + way;
	}

	private static String mislabelled(StatedClaim c, Finding.Mislabelled m) {
		OfficialFigure f = m.official();
		String worded = c.statisticWord();
		String fitting = Words.statistic(m.fitting(), 0);
		String text = c.subject() + " calls " + c.claimed() + " " + Sentences.article(worded) + worded + ", but it is the "
				+ shortMeasure(f) + " " + Words.when(f.figure()) + ", not a " + fitting
				+ "; do not compare or average it with " + fitting + " figures.";
		return m.newer() == null ? text : text + " " + capitalise(today(m.newer())) + ".";
	}

	private static String otherScope(StatedClaim c, OfficialFigure f) {
		String figure = Words.value(f) + " (" + Words.measure(f) + " " + Words.when(f.figure()) + ")";
		if (!f.ownCode()) {
			return "The figure it is close to, " + figure + ", is for the hybrid code " + f.figure().socCode() + " ("
					+ f.figure().occupationTitle() + "), a wider group than this occupation alone.";
		}
		return "The figure it equals, " + figure + ", is for " + f.figure().area() + ", not " + c.footing().place() + ".";
	}

	private static String stale(StatedClaim c, Finding.Stale s, BigDecimal distance) {
		OfficialFigure f = s.official();
		if (f.isProjection()) {
			return "The " + f.figure().period().label() + " projection has been superseded by " + newest(s.newer());
		}
		return c.claimed() + " dates from " + f.figure().period().label() + "; " + today(s.newer()) + ", so the claim is "
				+ Words.distance(distance, s.newer().unit()) + " today's figure.";
	}

	/** "BLS Employment Projections 2024–34: +7.1% (projected employment change for 2024–34)." */
	private static String newest(OfficialFigure n) {
		return Words.sourceLabel(n.figure().source()) + ": " + Words.value(n) + " (" + Words.measure(n) + " "
				+ Words.when(n.figure()) + ").";
	}

	private static String unmatched(StatedClaim c, OfficialFigure now, BigDecimal distance) {
		String text = c.claimed() + " matches no official figure for any year; it is " + Words.distance(distance, now.unit())
				+ " the " + now.figure().period().label() + " " + shortMeasure(now) + " of " + Words.value(now) + " ("
				+ Words.source(now) + ")" + c.citation() + ".";
		return c.isTable() ? text + " " + publishers(c, now) : text;
	}

	/** Why a state agency and BLS can both be right. */
	private static String publishers(StatedClaim c, OfficialFigure now) {
		String vintage = c.footing().period().kind() == PeriodKind.NONE ? "reference year not stated"
				: c.footing().period().label();
		return "The two come from different publishers (" + Words.who(c.claim().source()) + " and "
				+ now.figure().source().publisher() + ") and vintages (" + vintage + " and " + now.figure().period().label()
				+ "); a state release may also use a different survey panel or reference period, so both figures are shown.";
	}

	private static String range(Finding.RangeAgainst r, BigDecimal distance) {
		OfficialFigure mid = r.centre();
		String centre = shortMeasure(mid) + " of " + Words.value(mid) + " (" + mid.figure().period().label() + ")";
		String spread = r.spread() == null ? "" : " " + spread(r.spread());
		if (r.holds()) {
			return "The range holds today's " + centre + "." + spread;
		}
		return "The range misses today's " + centre + "; its nearest end is " + Words.distance(distance, mid.unit()) + " it."
				+ spread;
	}

	/** "It does not cover the official 10th–90th percentile spread (…): its high end is 38% below the 90th percentile." */
	private static String spread(Finding.Spread s) {
		String range = "the official 10th–90th percentile spread (" + Words.value(s.p10()) + "–" + Words.value(s.p90()) + ", "
				+ s.p90().figure().period().label() + ")";
		List<String> gaps = new ArrayList<>();
		if (s.lowAbove() != null) {
			gaps.add("its low end is " + Words.distance(s.lowAbove(), Unit.USD_PER_YEAR) + " the 10th percentile");
		}
		if (s.highBelow() != null) {
			gaps.add("its high end is " + Words.distance(s.highBelow(), Unit.USD_PER_YEAR)
					+ " the 90th percentile, so it understates top pay");
		}
		return gaps.isEmpty() ? "It covers " + range + "." : "It does not cover " + range + ": " + String.join(" and ", gaps) + ".";
	}

	private static String noFigure(StatedClaim c) {
		if (c.claim().metric() == Metric.WAGE && c.footing().statistic() == Statistic.VALUE) {
			// "nurses make over $130,000": no median, mean or percentile named, so no official series to set it against
			String place = c.footing().place().equals(Figure.UNITED_STATES) ? "" : " in " + c.footing().place();
			return "The pay" + place + " is not said to be a median, a mean or a percentile, so " + c.claimed()
					+ " cannot be checked against an official figure.";
		}
		String measure = Words.measure(c.claim().metric(), c.footing().statistic());
		String place = c.footing().place().equals(Figure.UNITED_STATES) ? "" : " for " + c.footing().place();
		return "No official figure on " + measure + place + " is in the data, so " + c.claimed() + " cannot be checked.";
	}

	private static String contradiction(Finding.ContradictsItself s) {
		int vsAverage = s.growth().compareTo(s.average());
		return "The article calls " + percent(s.growth()) + " growth \"" + s.comparator() + "\", but the average it gives for"
				+ " all occupations is " + percent(s.average()) + ": by its own figures the growth is "
				+ (vsAverage < 0 ? "below" : vsAverage > 0 ? "above" : "equal to") + " average.";
	}

	private static String percent(BigDecimal v) {
		return v.stripTrailingZeros().toPlainString() + "%";
	}
}
