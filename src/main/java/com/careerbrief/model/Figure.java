package com.careerbrief.model;

import java.math.BigDecimal;

/**
 * One published figure from an official or agency table, on a common footing.
 *
 * @param socCode SOC 2018 code after the crosswalk, or the hybrid code as published (e.g. 29-2098)
 * @param originalCode the code exactly as in the file (e.g. 29-2071)
 * @param codeNote crosswalk or hybrid-code note for a person, or null
 * @param occupationTitle title as published
 * @param area "United States", a state name, or a region name
 * @param areaType national, state or region
 * @param metric what is measured
 * @param statistic which statistic
 * @param unit unit of {@code value}
 * @param value the number, the top-code when {@code bound} is AT_LEAST, or the limit it is under when BELOW; never null
 * @param bound exact, at least (BLS {@code #}), or below (an EP count of 0.0 thousand: fewer than 50)
 * @param period reference period
 * @param source publisher, file and line
 */
public record Figure(String socCode, String originalCode, String codeNote, String occupationTitle, String area,
		AreaType areaType, Metric metric, Statistic statistic, Unit unit, BigDecimal value, Bound bound,
		Period period, SourceRef source) {

	public static final String UNITED_STATES = "United States";

	/** True for a national figure. */
	public boolean isNational() {
		return areaType == AreaType.NATIONAL;
	}

	/** The same figure, its source file named by its path relative to the input folder. */
	public Figure withSourceFile(String name) {
		return new Figure(socCode, originalCode, codeNote, occupationTitle, area, areaType, metric, statistic, unit,
				value, bound, period, source.withFile(name));
	}
}
