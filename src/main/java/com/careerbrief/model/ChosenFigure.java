package com.careerbrief.model;

import java.math.BigDecimal;

/**
 * The figure reported for one occupation × metric × statistic × place, and why.
 *
 * @param socCode occupation
 * @param metric what is measured
 * @param statistic which statistic
 * @param area place
 * @param unit unit of the value
 * @param value the value reported
 * @param bound exact or at-least
 * @param period its reference period
 * @param source where it came from
 * @param low low end of the plausible range, or null
 * @param high high end of the plausible range, or null
 * @param confidence 0..1
 * @param why why this figure was chosen
 */
public record ChosenFigure(String socCode, Metric metric, Statistic statistic, String area, Unit unit,
		BigDecimal value, Bound bound, Period period, SourceRef source, BigDecimal low, BigDecimal high,
		double confidence, Why why) {
}
