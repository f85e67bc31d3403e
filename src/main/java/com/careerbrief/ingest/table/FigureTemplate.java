package com.careerbrief.ingest.table;

import java.math.BigDecimal;

import com.careerbrief.model.AreaType;
import com.careerbrief.model.Bound;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Period;
import com.careerbrief.model.SourceRef;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.occupation.SocCrosswalk;

/**
 * What all figures of one table row share (occupation, area, period, source), so a row's figures
 * differ only in metric, statistic, unit and value.
 */
public record FigureTemplate(String socCode, String originalCode, String codeNote, String occupationTitle,
		String area, AreaType areaType, Period period, SourceRef source) {

	/** A template for a published code, mapped through the crosswalk (null code: a title only). */
	public static FigureTemplate of(SocCrosswalk crosswalk, String code, String title, String area, AreaType areaType,
			Period period, SourceRef source) {
		if (code == null) {
			return new FigureTemplate(null, null, null, title, area, areaType, period, source);
		}
		SocCrosswalk.Mapping mapping = crosswalk.map(code);
		return new FigureTemplate(mapping.socCode(), code, mapping.note(), title, area, areaType, period, source);
	}

	/** The same row's figures for another period (a projection's base year, end year or span). */
	public FigureTemplate withPeriod(Period other) {
		return other.equals(period) ? this
				: new FigureTemplate(socCode, originalCode, codeNote, occupationTitle, area, areaType, other, source);
	}

	/** One figure of the row. */
	public Figure figure(Metric metric, Statistic statistic, Unit unit, BigDecimal value, Bound bound) {
		return new Figure(socCode, originalCode, codeNote, occupationTitle, area, areaType, metric, statistic, unit,
				value, bound, period, source);
	}

}
