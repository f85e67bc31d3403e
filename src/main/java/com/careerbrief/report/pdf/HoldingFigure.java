package com.careerbrief.report.pdf;

import java.util.Optional;

import com.careerbrief.model.Claim;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.PeriodKind;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

/** Finds the official figure that holds for what an article claimed: the same statistic today, or today's median. */
final class HoldingFigure {

	/** Two lines: the value, and what it is ("median, May 2024"); empty when nothing official answers the claim. */
	Optional<String[]> of(ReportFacts facts, Claim claim) {
		if (claim.metric() == Metric.WAGE) {
			Unit claimed = claim.unit() == Unit.USD_PER_HOUR ? Unit.USD_PER_HOUR : Unit.USD_PER_YEAR;
			// BLS publishes no annual wage: an annual claim is answered with the hourly wage as published, so labelled.
			Unit unit = claimed == Unit.USD_PER_YEAR && facts.payUnit().orElse(claimed) == Unit.USD_PER_HOUR
					? Unit.USD_PER_HOUR : claimed;
			Statistic wanted = comparable(claim.statistic());
			Statistic statistic = facts.nationalWage(wanted, unit).isPresent() ? wanted : Statistic.MEDIAN;
			return facts.nationalWage(statistic, unit)
					.map(s -> new String[] { unit == claimed ? s.money() : s.moneyPer(), name(statistic) + ", " + s.period().label() });
		}
		if (claim.metric() == Metric.EMPLOYMENT_CHANGE_PERCENT) {
			return facts.newestNational(Metric.EMPLOYMENT_CHANGE_PERCENT, Statistic.VALUE, null, PeriodKind.PROJECTION)
					.map(f -> new String[] { Amounts.percent(f.value()), "projected, " + f.period().label() });
		}
		if (claim.metric() == Metric.OPENINGS || claim.metric() == Metric.EMPLOYMENT_CHANGE_COUNT) {
			return facts.newestNational(claim.metric(), Statistic.VALUE, null, PeriodKind.PROJECTION)
					.map(f -> new String[] { Amounts.persons(f.value(), f.unit(), f.bound()), label(f) });
		}
		return Optional.empty();
	}

	/** The official statistic an article's wording should be compared with; ambiguous wording gets the median. */
	static Statistic comparable(Statistic s) {
		if (s == null) {
			return Statistic.MEDIAN;
		}
		return switch (s) {
			case MEAN, MEDIAN, P10, P25, P75, P90 -> s;
			case BOTTOM_PERCENT, ENTRY_LEVEL -> Statistic.P10;
			case TOP_PERCENT, TOP_EARNERS, EXPERIENCED -> Statistic.P90;
			default -> Statistic.MEDIAN;
		};
	}

	private static String name(Statistic s) {
		return switch (s) {
			case MEAN -> "mean";
			case P10 -> "10th percentile";
			case P25 -> "25th percentile";
			case P75 -> "75th percentile";
			case P90 -> "90th percentile";
			default -> "median";
		};
	}

	private static String label(Figure f) {
		return (f.metric() == Metric.OPENINGS ? "openings a year, " : "jobs added, ") + f.period().label();
	}
}
