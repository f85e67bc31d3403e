package com.careerbrief.ingest.table.mapping;

import com.careerbrief.model.Metric;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

/**
 * One statistic column of a mapped layout: what its cells measure, which statistic, in what unit, and
 * for which period.
 *
 * @param column the column
 * @param metric what is measured (WAGE, EMPLOYMENT, EMPLOYMENT_PROJECTED, OPENINGS…)
 * @param statistic which statistic (MEAN, MEDIAN, P25…, VALUE for a count)
 * @param unit the unit of the cells as published
 * @param period the period of this column's figures, quoting cells ("{baseyear}", "{baseyear}-{projyear}"),
 *        or null for the row's period
 */
public record FigureColumn(ColumnRef column, Metric metric, Statistic statistic, Unit unit, String period) {

	/** The metric a three-part entry implies: PERSONS is employment, money is a wage. */
	static Metric impliedMetric(Unit unit) {
		return unit == Unit.PERSONS ? Metric.EMPLOYMENT : Metric.WAGE;
	}

}
