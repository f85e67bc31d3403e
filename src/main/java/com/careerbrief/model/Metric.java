package com.careerbrief.model;

/** What a figure measures. */
public enum Metric {
	/** Pay, annual or hourly. */
	WAGE,
	/** Number of jobs (persons) in a base year. */
	EMPLOYMENT,
	/** Projected number of jobs at the end of a projection period. */
	EMPLOYMENT_PROJECTED,
	/** Projected change in employment, in percent over the projection period. */
	EMPLOYMENT_CHANGE_PERCENT,
	/** Projected change in employment, in persons over the projection period. */
	EMPLOYMENT_CHANGE_COUNT,
	/** Job openings: annual average, or a period total (see {@link Statistic#PERIOD_TOTAL}). */
	OPENINGS,
	/** A duration: program length, years of experience, continuing-education cycle. */
	DURATION,
	/** Continuing-education or other hours. */
	HOURS
}
