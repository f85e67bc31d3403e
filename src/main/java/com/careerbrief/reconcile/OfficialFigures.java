package com.careerbrief.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.OfficialFigure;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

/**
 * The official figures of one occupation on one footing (own code, older mapped codes and hybrid
 * codes; every year and statistic), with look-ups for the newest figure and a statistic's history.
 */
final class OfficialFigures {

	private final List<OfficialFigure> all;

	/** Every official hourly wage as published (twins included), for spotting an hourly rate given as annual pay. */
	private final List<OfficialFigure> hourly;

	private OfficialFigures(List<OfficialFigure> all, List<OfficialFigure> hourly) {
		this.all = List.copyOf(all);
		this.hourly = List.copyOf(hourly);
	}

	/**
	 * Keeps the OFFICIAL figures, converts them to base units and drops an hourly figure whose annual
	 * twin (same source, code, place, period and statistic) is present, so a wage is not counted twice.
	 */
	static OfficialFigures of(String socCode, List<Figure> figures, ReconcileProperties props) {
		List<OfficialFigure> kept = new ArrayList<>();
		List<OfficialFigure> hourly = new ArrayList<>();
		for (Figure f : figures) {
			if (f.source() == null || f.source().kind() != SourceKind.OFFICIAL) {
				continue;
			}
			if (f.unit() == Unit.USD_PER_HOUR) {
				hourly.add(new OfficialFigure(f, f.value(), Unit.USD_PER_HOUR, f.socCode().equals(socCode)));
			}
			if (!hasAnnualTwin(f, figures)) {
				kept.add(new OfficialFigure(f, Units.toBase(f.value(), f.unit(), props.hoursPerYear()),
						Units.base(f.unit()), f.socCode().equals(socCode)));
			}
		}
		return new OfficialFigures(kept, hourly);
	}

	static boolean hasAnnualTwin(Figure f, List<Figure> figures) {
		return f.unit() == Unit.USD_PER_HOUR && figures.stream().anyMatch(o -> o.unit() == Unit.USD_PER_YEAR
				&& o.metric() == f.metric() && o.statistic() == f.statistic() && o.area().equals(f.area())
				&& o.socCode().equals(f.socCode()) && o.period().equals(f.period())
				&& o.source().sourceId().equals(f.source().sourceId()));
	}

	List<OfficialFigure> all() {
		return all;
	}

	/** The official hourly wages as published, valued in dollars an hour. */
	List<OfficialFigure> hourly() {
		return hourly;
	}

	boolean has(Metric metric) {
		return all.stream().anyMatch(o -> o.figure().metric() == metric);
	}

	boolean has(Metric metric, String area) {
		return all.stream().anyMatch(o -> o.figure().metric() == metric && o.figure().area().equals(area));
	}

	/** The newest figure of a statistic in a place, own code first, a hybrid code only when no own one exists. */
	Optional<OfficialFigure> current(Metric metric, Statistic statistic, String area, boolean projection) {
		return newest(o -> o.figure().metric() == metric && o.figure().statistic() == statistic
				&& o.figure().area().equals(area) && o.isProjection() == projection);
	}

	/** The newest projection of a metric in a place, whatever its statistic. */
	Optional<OfficialFigure> newestProjection(Metric metric, String area) {
		return newest(o -> o.figure().metric() == metric && o.figure().area().equals(area) && o.isProjection());
	}

	/** One figure per year for a statistic (own code preferred), oldest first, projections excluded. */
	List<OfficialFigure> history(Metric metric, Statistic statistic, String area) {
		Map<Integer, OfficialFigure> byYear = new TreeMap<>();
		all.stream().filter(o -> o.figure().metric() == metric && o.figure().statistic() == statistic
				&& o.figure().area().equals(area) && !o.isProjection()).sorted(OfficialFigure.OLDEST_FIRST)
				.forEach(o -> byYear.put(o.figure().period().endYear(), o));
		return new ArrayList<>(byYear.values());
	}

	private Optional<OfficialFigure> newest(Predicate<OfficialFigure> test) {
		List<OfficialFigure> hits = all.stream().filter(test).toList();
		List<OfficialFigure> own = hits.stream().filter(OfficialFigure::ownCode).toList();
		return (own.isEmpty() ? hits : own).stream().max(OfficialFigure.OLDEST_FIRST);
	}
}
