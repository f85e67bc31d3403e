package com.careerbrief.report.pdf;

import java.util.List;
import java.util.Optional;

import com.careerbrief.model.Claim;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.PeriodKind;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;

/**
 * Finds the official figure that holds for what an article claimed: today's figure of the statistic and place
 * the claim was checked against (the verdict's), else of the statistic its wording names, else today's median.
 */
final class HoldingFigure {

	/**
	 * @param value the figure as the brief shows it ("$55,970")
	 * @param label what it is ("mean, May 2024"; "New York mean, May 2023" for a state's)
	 * @param national true for a national figure, which a state edition labels "U.S."
	 */
	record Holding(String value, String label, boolean national) {
	}

	/** The figure that holds; empty when nothing official answers the claim. */
	Optional<Holding> of(ReportFacts facts, Claim claim, List<Verdict> verdicts) {
		if (claim.metric() == Metric.WAGE) {
			Unit claimed = claim.unit() == Unit.USD_PER_HOUR ? Unit.USD_PER_HOUR : Unit.USD_PER_YEAR;
			// BLS publishes no annual wage: an annual claim is answered with the hourly wage as published, so labelled.
			Unit unit = claimed == Unit.USD_PER_YEAR && facts.payUnit().orElse(claimed) == Unit.USD_PER_HOUR
					? Unit.USD_PER_HOUR : claimed;
			Optional<Verdict> judged = verdicts.stream()
				.filter(v -> v.checkedAgainst() != null && v.checkedAgainst().metric() == Metric.WAGE).findFirst();
			// the statistic the claim was judged by, unless the verdict is that the claim named the wrong one
			Statistic wanted = judged.filter(v -> v.kind() != VerdictKind.MISLABELLED_STATISTIC)
				.map(v -> v.checkedAgainst().statistic()).filter(s -> comparable(s) == s)
				.orElse(comparable(claim.statistic()));
			if (judged.isPresent() && !judged.get().checkedAgainst().isNational()) {
				String area = judged.get().checkedAgainst().area();
				Optional<Holding> local = facts.newestOfficial(area, wanted, unit)
					.or(() -> facts.newestOfficial(area, wanted, unit == Unit.USD_PER_HOUR ? Unit.USD_PER_YEAR : Unit.USD_PER_HOUR))
					.map(f -> new Holding(Amounts.money(f.value(), f.unit(), f.bound()),
							f.area() + " " + name(f.statistic()) + ", " + f.period().label(), false));
				if (local.isPresent()) {
					return local;
				}
			}
			Statistic statistic = facts.nationalWage(wanted, unit).isPresent() ? wanted : Statistic.MEDIAN;
			return facts.nationalWage(statistic, unit)
					.map(s -> new Holding(unit == claimed ? s.money() : s.moneyPer(), name(statistic) + ", "
							+ s.period().label(), true));
		}
		if (claim.metric() == Metric.EMPLOYMENT_CHANGE_PERCENT) {
			return facts.newestNational(Metric.EMPLOYMENT_CHANGE_PERCENT, Statistic.VALUE, null, PeriodKind.PROJECTION)
					.map(f -> new Holding(Amounts.percent(f.value()), "projected, " + f.period().label(), true));
		}
		if (claim.metric() == Metric.OPENINGS || claim.metric() == Metric.EMPLOYMENT_CHANGE_COUNT) {
			return facts.newestNational(claim.metric(), Statistic.VALUE, null, PeriodKind.PROJECTION)
					.map(f -> new Holding(Amounts.persons(f.value(), f.unit(), f.bound()), label(f), true));
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
