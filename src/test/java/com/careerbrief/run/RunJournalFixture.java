package com.careerbrief.run;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;

import com.careerbrief.config.CareerBriefProperties;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Notes executions in a state folder's run history the way a job's listener does, for the portal's tests. */
public final class RunJournalFixture {

	private final RunJournal journal;

	public RunJournalFixture(Path state, Path output) {
		this.journal = new RunJournal(new Binder(new MapConfigurationPropertySource(
				Map.of("careerbrief.state", state.toString(), "careerbrief.output", output.toString())))
			.bindOrCreate("careerbrief", CareerBriefProperties.class));
	}

	/** An execution that started and, unless {@code status} is STARTED, ended {@code seconds} later. */
	public void note(long runId, long executionId, BatchStatus status, LocalDateTime started, long seconds,
			String failure) {
		JobExecution execution = new JobExecution(new JobInstance(runId, "careerReportJob"), executionId,
				new JobParametersBuilder().addString(RunLauncher.FINGERPRINT, "fp" + runId + "0123456789abcd")
					.toJobParameters());
		execution.setStartTime(started);
		execution.setStatus(BatchStatus.STARTED);
		journal.beforeJob(execution);
		if (status != BatchStatus.STARTED) {
			execution.setStatus(status);
			execution.setEndTime(started.plusSeconds(seconds));
			if (failure != null) {
				execution.addFailureException(new IllegalStateException(failure));
			}
			journal.afterJob(execution);
		}
	}

}
