/**
 * The operator runtime around careerReportJob: launching a run once or on a schedule
 * ({@code RunLauncher}, {@code ScheduledRuns}, {@code CareerBriefRunner}), the state folder's lock,
 * stopping gracefully on SIGTERM, publishing a run's outputs and keeping the last good ones
 * ({@code OutputPublisher}), the input fingerprint that names a run, and the run history the portal shows
 * ({@code RunJournal}). It knows the job by name and its parameters, never its steps; {@code job} uses it,
 * it does not use {@code job}.
 */
package com.careerbrief.run;
