package com.careerbrief.ingest.table;

import java.time.LocalDate;
import java.time.Month;

import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Period;
import com.careerbrief.model.PeriodKind;

/**
 * Refuses figures whose reference period lies after the run date: a survey, a year's employment or a
 * projection's base year cannot be measured yet, so such a date is a wrong file name or a typo, never
 * the newest data. A projected figure may name a later year (EP's 2034), but not its base year.
 */
public final class RunDateCheck {

	private final LocalDate runDate;

	public RunDateCheck(LocalDate runDate) {
		this.runDate = runDate;
	}

	/** The run date the periods are checked against. */
	public LocalDate runDate() {
		return runDate;
	}

	/** Why the row's figures cannot be true yet, or null when every period has begun by the run date. */
	public String problem(TableItem item) {
		for (Figure figure : item.figures()) {
			String problem = problem(figure.metric(), figure.period());
			if (problem != null) {
				return problem;
			}
		}
		return null;
	}

	/** Why a figure of {@code metric} cannot have {@code period} yet, or null. */
	String problem(Metric metric, Period period) {
		if (period.kind() == PeriodKind.PROJECTION) {
			return period.startYear() > runDate.getYear()
					? "projection base year " + period.startYear() + " is after the run date " + runDate : null;
		}
		// Projected and change figures carry the projection's end year as their own period.
		boolean measured = metric == Metric.WAGE || metric == Metric.EMPLOYMENT;
		if (!measured || period.startYear() == 0) {
			return null;
		}
		if (period.startYear() > runDate.getYear()) {
			return "year " + period.startYear() + " is after the run date " + runDate;
		}
		boolean surveyNotYetTaken = period.kind() == PeriodKind.SURVEY && period.startYear() == runDate.getYear()
				&& runDate.getMonth().compareTo(Month.MAY) < 0;
		return surveyNotYetTaken ? period.label() + " is after the run date " + runDate : null;
	}

}
