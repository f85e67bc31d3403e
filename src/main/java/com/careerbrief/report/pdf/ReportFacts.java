package com.careerbrief.report.pdf;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.careerbrief.model.AreaType;
import com.careerbrief.model.ChosenFigure;
import com.careerbrief.model.Claim;
import com.careerbrief.model.FactCategory;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.OccupationReport;
import com.careerbrief.model.OccupationText;
import com.careerbrief.model.PeriodKind;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

/** Answers the questions the brief's sections ask of one {@link OccupationReport}: which figure, which texts, which facts. */
final class ReportFacts {

	private final OccupationReport report;

	ReportFacts(OccupationReport report) {
		this.report = report;
	}

	OccupationReport report() {
		return report;
	}

	/**
	 * The national wage that holds: the reconciled choice when there is one, else the newest national
	 * OEWS (survey) figure, so a brief without articles still shows pay.
	 */
	Optional<Shown> nationalWage(Statistic statistic, Unit unit) {
		List<ChosenFigure> chosen = report.chosen().stream()
				.filter(c -> c.metric() == Metric.WAGE && c.statistic() == statistic)
				.filter(c -> Figure.UNITED_STATES.equals(c.area()) && c.value() != null)
				.toList();
		Optional<Shown> same = chosen.stream().filter(c -> c.unit() == unit).findFirst().map(Shown::of);
		if (same.isPresent() || unit == Unit.USD_PER_YEAR && !chosen.isEmpty()) {
			// An hourly choice alone means BLS published no annual wage: no older year's annual may stand in.
			return same;
		}
		return newestNational(Metric.WAGE, statistic, unit, PeriodKind.SURVEY).map(Shown::of);
	}

	/**
	 * The unit the brief states pay in: per year when the national median annual wage is published, per hour
	 * when BLS publishes only hourly wages for the occupation (actors, dancers), empty without a median.
	 */
	Optional<Unit> payUnit() {
		if (nationalWage(Statistic.MEDIAN, Unit.USD_PER_YEAR).isPresent()) {
			return Optional.of(Unit.USD_PER_YEAR);
		}
		return nationalWage(Statistic.MEDIAN, Unit.USD_PER_HOUR).map(Shown::unit);
	}

	/** The newest national figure of one kind, by the end year of its period. */
	Optional<Figure> newestNational(Metric metric, Statistic statistic, Unit unit, PeriodKind kind) {
		return report.figures().stream()
				.filter(f -> f.isNational() && f.metric() == metric && f.statistic() == statistic)
				.filter(f -> unit == null || f.unit() == unit)
				.filter(f -> kind == null || f.period().kind() == kind)
				.max(Comparator.comparingInt((Figure f) -> f.period().endYear()).thenComparing(this::ownCodeFirst));
	}

	/** The newest official wage of one statistic and unit for a place (a state, a region), by its period's end year. */
	Optional<Figure> newestOfficial(String area, Statistic statistic, Unit unit) {
		return report.figures().stream()
				.filter(f -> f.area() != null && f.area().equalsIgnoreCase(area) && f.metric() == Metric.WAGE)
				.filter(f -> f.statistic() == statistic && f.unit() == unit)
				.filter(f -> f.source() != null && f.source().kind() == SourceKind.OFFICIAL)
				.max(Comparator.comparingInt((Figure f) -> f.period().endYear()).thenComparing(this::ownCodeFirst));
	}

	/** The national annual median, one per year: survey figures win over other figures for the same year. */
	List<Figure> medianHistory() {
		Map<Integer, Figure> byYear = new TreeMap<>();
		report.figures().stream()
				.filter(f -> f.isNational() && f.metric() == Metric.WAGE && f.statistic() == Statistic.MEDIAN)
				.filter(f -> f.unit() == Unit.USD_PER_YEAR && f.period().endYear() > 0)
				.sorted(Comparator.comparing((Figure f) -> f.period().kind() == PeriodKind.SURVEY).thenComparing(this::ownCodeFirst))
				.forEach(f -> byYear.put(f.period().endYear(), f));
		return List.copyOf(byYear.values());
	}

	/** State annual mean wages of the newest year any state has; per state, an official figure wins. */
	List<Figure> newestStateMeans() {
		List<Figure> states = stateMeans();
		int newest = states.stream().mapToInt(f -> f.period().endYear()).max().orElse(0);
		Map<String, Figure> byState = new LinkedHashMap<>();
		states.stream().filter(f -> f.period().endYear() == newest)
				.sorted(Comparator.comparing((Figure f) -> f.source().kind() == SourceKind.OFFICIAL))
				.forEach(f -> byState.put(f.area(), f));
		return List.copyOf(byState.values());
	}

	/** True when some table gives a mean annual wage for the state. */
	boolean hasStatePay(String state) {
		return statePay(state).isPresent();
	}

	/** The state's newest mean annual wage; of two in the same year, the official (BLS) one. */
	Optional<Figure> statePay(String state) {
		return stateMeans().stream().filter(f -> f.area().equalsIgnoreCase(state))
				.max(Comparator.comparingInt((Figure f) -> f.period().endYear())
						.thenComparing(f -> f.source().kind() == SourceKind.OFFICIAL));
	}

	/** The national annual mean of one survey year, to set a state's figure of that year against. */
	Optional<Figure> nationalMean(int year) {
		return report.figures().stream()
				.filter(f -> f.isNational() && f.metric() == Metric.WAGE && f.statistic() == Statistic.MEAN)
				.filter(f -> f.unit() == Unit.USD_PER_YEAR && f.period().endYear() == year)
				.max(Comparator.comparing(this::ownCodeFirst));
	}

	/** Every state annual mean wage, all years and sources. */
	List<Figure> stateMeans() {
		return report.figures().stream()
				.filter(f -> f.areaType() == AreaType.STATE && f.metric() == Metric.WAGE)
				.filter(f -> f.statistic() == Statistic.MEAN && f.unit() == Unit.USD_PER_YEAR)
				.toList();
	}

	/** Reference texts of one kind in rank order (unranked ones keep their order, after ranked ones). */
	List<String> texts(OccupationText.Kind kind, int max) {
		return report.texts().stream().filter(t -> t.kind() == kind)
				.sorted(Comparator.comparingInt(t -> t.rank() == 0 ? Integer.MAX_VALUE : t.rank()))
				.map(OccupationText::text).distinct().limit(max).toList();
	}

	/** Fact claims of one category, one per distinct text (documents often repeat each other). */
	List<Claim> facts(FactCategory category, int max) {
		Map<String, Claim> byText = new LinkedHashMap<>();
		report.claims().stream().filter(c -> !c.figure() && c.category() == category && c.text() != null)
				.forEach(c -> byText.putIfAbsent(c.text().trim().toLowerCase(Locale.ROOT), c));
		return byText.values().stream().limit(max).toList();
	}

	/** Figure claims of one metric (durations, hours). */
	List<Claim> figureClaims(Metric metric, int max) {
		Map<String, Claim> byText = new LinkedHashMap<>();
		report.claims().stream().filter(c -> c.figure() && c.metric() == metric && c.text() != null)
				.forEach(c -> byText.putIfAbsent(c.text().trim().toLowerCase(Locale.ROOT), c));
		return byText.values().stream().limit(max).toList();
	}

	private int ownCodeFirst(Figure f) {
		return f.socCode().equals(report.occupation().socCode()) ? 1 : 0;
	}

	/** A figure as the brief shows it, whether it came from a reconciled choice or straight from a table. */
	record Shown(java.math.BigDecimal value, Unit unit, com.careerbrief.model.Bound bound,
			com.careerbrief.model.Period period) {

		static Shown of(ChosenFigure c) {
			return new Shown(c.value(), c.unit(), c.bound(), c.period());
		}

		static Shown of(Figure f) {
			return new Shown(f.value(), f.unit(), f.bound(), f.period());
		}

		String money() {
			return Amounts.money(value, unit, bound);
		}

		/** The money with "an hour" after an hourly wage, as prose needs it ("$23.33 an hour"). */
		String moneyPer() {
			return money() + (unit == Unit.USD_PER_HOUR ? " an hour" : "");
		}
	}
}
