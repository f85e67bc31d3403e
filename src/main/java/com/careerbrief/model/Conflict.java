package com.careerbrief.model;

import java.util.List;

/**
 * Sources disagreeing on one occupation × metric (× place).
 *
 * @param socCode occupation
 * @param metric what is measured
 * @param area place
 * @param candidates the competing values, each as "value (statistic, period, source)"
 * @param chosen the figure that holds
 * @param explanation why it holds and what the others are
 */
public record Conflict(String socCode, Metric metric, String area, List<String> candidates, ChosenFigure chosen,
		String explanation) {
}
