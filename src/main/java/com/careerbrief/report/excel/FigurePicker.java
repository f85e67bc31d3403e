package com.careerbrief.report.excel;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.careerbrief.model.Bound;
import com.careerbrief.model.ChosenFigure;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.OccupationReport;
import com.careerbrief.model.Period;
import com.careerbrief.model.PeriodKind;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

/**
 * Picks the national figure an Occupations row shows: the reconciled choice when there is one, else the
 * newest national official figure, so a row is never empty only because reconciliation had nothing to
 * decide.
 */
final class FigurePicker {

	/** A picked value with where it came from. */
	record Pick(BigDecimal value, Bound bound, Unit unit, Period period, String source) {

		/** The value in persons when it was published in thousands (BLS projections). */
		Pick inPersons() {
			return unit == Unit.THOUSANDS_OF_PERSONS
					? new Pick(value.movePointRight(3), bound, Unit.PERSONS, period, source) : this;
		}
	}

	private FigurePicker() {
	}

	/**
	 * The national figure for a metric and statistic in one of the given units.
	 * @param periodKind the kind of period a fallback figure must have (SURVEY for OEWS), or null for any
	 */
	static Optional<Pick> pick(OccupationReport report, Metric metric, Statistic statistic, Set<Unit> units,
			PeriodKind periodKind) {
		Optional<Pick> chosen = report.chosen().stream()
			.filter(c -> c.metric() == metric && c.statistic() == statistic && units.contains(c.unit())
					&& Figure.UNITED_STATES.equals(c.area()) && c.value() != null)
			.findFirst()
			.map(FigurePicker::fromChosen);
		if (chosen.isPresent() || metric == Metric.WAGE && units.contains(Unit.USD_PER_YEAR) && hourlyOnly(report, statistic)) {
			// BLS published this wage per hour only: no older year's annual figure may stand in for it.
			return chosen;
		}
		return newestFigure(report, metric, statistic, units, periodKind);
	}

	/** True when the national wage that holds for the statistic is hourly, because BLS published no annual one. */
	static boolean hourlyOnly(OccupationReport report, Statistic statistic) {
		List<Unit> units = report.chosen().stream().filter(c -> c.metric() == Metric.WAGE && c.statistic() == statistic
				&& Figure.UNITED_STATES.equals(c.area()) && c.value() != null)
			.map(ChosenFigure::unit).distinct().toList();
		return units.equals(List.of(Unit.USD_PER_HOUR));
	}

	private static Optional<Pick> newestFigure(OccupationReport report, Metric metric, Statistic statistic,
			Set<Unit> units, PeriodKind periodKind) {
		String soc = report.occupation().socCode();
		return report.figures().stream()
			.filter(f -> f.isNational() && f.metric() == metric && f.statistic() == statistic
					&& units.contains(f.unit()) && (periodKind == null || f.period().kind() == periodKind))
			.max(Comparator.<Figure>comparingInt(f -> f.period().endYear())
				.thenComparing(f -> f.source() != null && f.source().kind() == SourceKind.OFFICIAL)
				.thenComparing(f -> soc.equals(f.socCode())))
			.map(FigurePicker::fromFigure);
	}

	private static Pick fromChosen(ChosenFigure c) {
		return new Pick(c.value(), c.bound(), c.unit(), c.period(), SourceText.of(c.source()));
	}

	private static Pick fromFigure(Figure f) {
		return new Pick(f.value(), f.bound(), f.unit(), f.period(), SourceText.of(f.source()));
	}
}
