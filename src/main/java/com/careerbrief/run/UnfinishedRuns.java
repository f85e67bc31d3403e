package com.careerbrief.run;

import java.time.LocalDateTime;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.repository.JobRepository;

/**
 * An execution a killed process left running, as a later launch ends it in the job repository: failed by
 * the launch of the same run (RunLauncher), abandoned by a new run that removes its staging.
 */
public final class UnfinishedRuns {

	private UnfinishedRuns() {
	}

	/** When the killed process last saved progress: the newest update of the execution or of its steps. */
	public static LocalDateTime lastSeen(JobExecution execution) {
		LocalDateTime last = execution.getLastUpdated() != null ? execution.getLastUpdated() : execution.getStartTime();
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getLastUpdated() != null && (last == null || step.getLastUpdated().isAfter(last))) {
				last = step.getLastUpdated();
			}
		}
		return last != null ? last : LocalDateTime.now();
	}

	/** Gives every step the execution left running (partitions included) this status and end time. */
	public static void endRunningSteps(JobRepository repository, JobExecution execution, BatchStatus status,
			LocalDateTime end) {
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStatus().isRunning()) {
				step.setStatus(status);
				step.setEndTime(end);
				repository.update(step);
			}
		}
	}

}
