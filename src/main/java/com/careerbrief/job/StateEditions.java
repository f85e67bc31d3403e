package com.careerbrief.job;

import java.util.List;

import com.careerbrief.config.CareerBriefProperties;
import com.careerbrief.report.pdf.UsStates;

/**
 * The states that get an edition of each brief ({@code --states=IN,CA}, {@code ALL} for every one), checked
 * when the application starts: a mistyped code ({@code --states=ZZ}) stops the launch before any step runs,
 * instead of failing the run at its briefs step after the tables, the reconciliation and the workbook.
 *
 * @param codes upper-case postal codes, each once, in the order named
 */
record StateEditions(List<String> codes) {

	/** @throws IllegalArgumentException naming the unknown code and what a code looks like */
	static StateEditions of(CareerBriefProperties properties) {
		return new StateEditions(UsStates.expand(properties.states()));
	}

}
