package com.careerbrief.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.careerbrief.model.ChosenFigure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.OfficialFigure;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.model.Why;

/**
 * Chooses, per metric × statistic × place (and projection or not, since a projection's base-year
 * employment is not the OEWS count), the newest official figure; a {@code #} bound stays a bound.
 */
final class OfficialChooser {

	private OfficialChooser() {
	}

	static List<ChosenFigure> choose(String socCode, OfficialFigures officials, List<JudgedClaim> judged) {
		Set<List<Object>> keys = new LinkedHashSet<>();
		officials.all().forEach(o -> keys.add(List.of(o.figure().metric(), o.figure().statistic(), o.figure().area(),
				o.isProjection())));
		List<ChosenFigure> out = new ArrayList<>();
		for (List<Object> key : keys) {
			officials.current((Metric) key.get(0), (Statistic) key.get(1), (String) key.get(2), (Boolean) key.get(3))
					.ifPresent(o -> out.add(chosen(socCode, o, officials, judged)));
		}
		return out;
	}

	private static ChosenFigure chosen(String socCode, OfficialFigure o, OfficialFigures officials, List<JudgedClaim> judged) {
		List<JudgedClaim> agreeing = judged.stream().filter(j -> j.agreesWith(o.figure())).toList();
		BigDecimal[] range = range(o, officials, agreeing);
		boolean stale = officials.all().stream().anyMatch(n -> n.figure().metric() == o.figure().metric()
				&& n.figure().area().equals(o.figure().area()) && n.isProjection() == o.isProjection() && n.isNewerThan(o));
		// Fixed steps on purpose: a counselor reads "high" or "low", not a posterior.
		double confidence = agreeing.isEmpty() ? (stale ? 0.5 : o.ownCode() ? 0.9 : 0.6) : (stale ? 0.55 : o.ownCode() ? 0.95 : 0.65);
		if (hourlyOnly(o)) {
			// BLS published no annual wage (HOURLY=TRUE, or '*' in the annual cell): the figure that holds is the
			// hourly one as published. Its × 2,080 stays inside reconcile, for judging claims, and is never reported.
			return new ChosenFigure(socCode, o.figure().metric(), o.figure().statistic(), o.figure().area(),
					Unit.USD_PER_HOUR, o.figure().value(), o.figure().bound(), o.figure().period(), o.figure().source(),
					published(range[0], o), published(range[1], o), confidence, reason(o, officials, agreeing, stale));
		}
		return new ChosenFigure(socCode, o.figure().metric(), o.figure().statistic(), o.figure().area(), o.unit(), o.value(),
				o.figure().bound(), o.figure().period(), o.figure().source(), range[0], range[1], confidence,
				reason(o, officials, agreeing, stale));
	}

	/** An hourly wage kept on the annual footing because its release has no annual twin for it. */
	static boolean hourlyOnly(OfficialFigure o) {
		return o.figure().unit() == Unit.USD_PER_HOUR && o.unit() == Unit.USD_PER_YEAR;
	}

	/** A range end on the annual footing back in dollars an hour, as BLS published it. */
	private static BigDecimal published(BigDecimal annual, OfficialFigure o) {
		return annual.multiply(o.figure().value()).divide(o.value(), 2, RoundingMode.HALF_UP);
	}

	/** P10–P90 of the same release for a mean or median wage; else the figure and the claims that agree with it. */
	private static BigDecimal[] range(OfficialFigure o, OfficialFigures officials, List<JudgedClaim> agreeing) {
		Statistic s = o.figure().statistic();
		if (o.figure().metric() == Metric.WAGE && (s == Statistic.MEDIAN || s == Statistic.MEAN)) {
			Optional<OfficialFigure> p10 = sibling(o, officials, Statistic.P10);
			Optional<OfficialFigure> p90 = sibling(o, officials, Statistic.P90);
			if (p10.isPresent() && p90.isPresent()) {
				return new BigDecimal[] { p10.get().value(), p90.get().value() };
			}
		}
		BigDecimal low = o.value();
		BigDecimal high = o.value();
		for (JudgedClaim j : agreeing) {
			low = low.min(j.claim().low());
			high = high.max(j.claim().low());
		}
		return new BigDecimal[] { low, high };
	}

	private static Optional<OfficialFigure> sibling(OfficialFigure o, OfficialFigures officials, Statistic s) {
		return officials.all().stream().filter(n -> n.figure().statistic() == s && n.figure().metric() == o.figure().metric()
				&& n.figure().area().equals(o.figure().area()) && n.figure().period().equals(o.figure().period())
				&& n.figure().source().sourceId().equals(o.figure().source().sourceId())
				&& n.figure().socCode().equals(o.figure().socCode())).findFirst();
	}

	private static Why reason(OfficialFigure o, OfficialFigures officials, List<JudgedClaim> agreeing, boolean stale) {
		long older = officials.all().stream().filter(n -> n.figure().metric() == o.figure().metric()
				&& n.figure().statistic() == o.figure().statistic() && n.figure().area().equals(o.figure().area())
				&& n.isProjection() == o.isProjection() && o.isNewerThan(n)).count();
		return new Why.NewestOfficial(o.ownCode() ? null : o.figure().socCode(), o.olderCode() ? o.figure().originalCode() : null,
				(int) older, stale, agreeing.size());
	}
}
