package com.careerbrief.report.pdf;

import java.util.List;
import java.util.Optional;

import com.careerbrief.model.Claim;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.PeriodKind;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Words;
import com.careerbrief.model.Unit;
import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;

/**
 * Says that one figure comes from several articles that copy one another, and what they all repeat:
 * "$37,110 appears in 3 articles that copy one another; all repeat the 2015 median."
 */
final class CopiedFigure {

	private CopiedFigure() {
	}

	/** The sentence for a figure stated by {@code articles} sources of one family; "" for a single article. */
	static String sentence(Claim claim, int articles, List<Verdict> verdicts) {
		if (articles < 2) {
			return "";
		}
		return value(claim) + " appears in " + articles + " articles that copy one another; " + repeated(verdicts) + ".";
	}

	private static String value(Claim c) {
		if (c.metric() == Metric.WAGE && c.valueLow() != null) {
			Unit unit = c.unit() == null ? Unit.USD_PER_YEAR : c.unit();
			String low = Amounts.money(c.valueLow(), unit, com.careerbrief.model.Bound.EXACT);
			return c.isRange() ? low + "–" + Amounts.money(c.valueHigh(), unit, com.careerbrief.model.Bound.EXACT) : low;
		}
		if (c.metric() == Metric.EMPLOYMENT_CHANGE_PERCENT && c.valueLow() != null) {
			return Amounts.plain(c.valueLow()) + "%";
		}
		return c.valueLow() == null ? "This figure" : Amounts.persons(c.valueLow(), c.unit());
	}

	/** "all repeat the 2015 median" when the verdicts name the official figure it equals, else "all give the same figure". */
	private static String repeated(List<Verdict> verdicts) {
		Optional<Figure> equalled = verdicts.stream()
			.filter(v -> v.checkedAgainst() != null && (v.kind() == VerdictKind.OUTDATED || v.kind() == VerdictKind.MATCHES
					|| v.kind() == VerdictKind.MISLABELLED_STATISTIC || v.kind() == VerdictKind.ROUNDED))
			.map(Verdict::checkedAgainst)
			.findFirst();
		return equalled.map(f -> "all repeat the " + f.period().label() + " " + name(f)).orElse("all give the same figure");
	}

	private static String name(Figure f) {
		if (f.period().kind() == PeriodKind.PROJECTION) {
			return "projection";
		}
		Statistic s = f.statistic() == null ? Statistic.VALUE : f.statistic();
		return s == Statistic.MEAN || s.isPercentile() ? Words.statistic(s, 0) : "figure";
	}
}
