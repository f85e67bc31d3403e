package com.careerbrief.ingest.table.mapping;

import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

/**
 * One statistic column of a mapped layout: which statistic its cells are and in what unit (PERSONS for
 * employment, USD_PER_YEAR or USD_PER_HOUR for a wage).
 */
public record FigureColumn(ColumnRef column, Statistic statistic, Unit unit) {

	/** True for an employment column. */
	public boolean employment() {
		return unit == Unit.PERSONS;
	}

}
