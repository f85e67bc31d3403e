package com.careerbrief.model;

import java.util.List;

/**
 * Sources disagreeing on one occupation × metric (× place), as facts the reports put into words
 * ({@code report/verdict}): the candidates side by side, and why the chosen figure holds.
 *
 * @param socCode occupation
 * @param metric what is measured
 * @param area place
 * @param chosen the figure that holds
 * @param others the claims that disagree with it, in order
 * @param noOfficial true when no official figure is in the data and non-official sources disagree among themselves
 */
public record Conflict(String socCode, Metric metric, String area, ChosenFigure chosen, List<Disagreeing> others,
		boolean noOfficial) {

	/**
	 * A claim that disagrees.
	 *
	 * @param sourceWeight its source's weight, by which non-official sources were weighed against each other; null
	 *        when an official figure holds
	 */
	public record Disagreeing(String claimId, Double sourceWeight) {
	}
}
