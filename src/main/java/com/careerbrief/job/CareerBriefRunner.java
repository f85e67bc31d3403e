package com.careerbrief.job;

import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.List;

import com.careerbrief.model.InputFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * Launches careerReportJob from the command line: identifies the run by its input fingerprint, does
 * nothing when that run already completed (unless {@code --force}), resumes it when it failed or
 * was killed, and refuses to start while another run holds the state folder.
 */
@Component
class CareerBriefRunner implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(CareerBriefRunner.class);

	static final String FINGERPRINT = "inputFingerprint";

	private final JobLauncher launcher;

	private final JobRepository repository;

	private final Job job;

	private final CareerBriefProperties properties;

	private int exitCode;

	CareerBriefRunner(JobLauncher launcher, JobRepository repository, Job careerReportJob,
			CareerBriefProperties properties) {
		this.launcher = launcher;
		this.repository = repository;
		this.job = careerReportJob;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (!Files.isDirectory(properties.input())) {
			fail("Input folder " + properties.input().toAbsolutePath() + " does not exist (set --input=DIR)");
			return;
		}
		try (RunLock lock = RunLock.tryAcquire(properties.state())) {
			if (lock == null) {
				fail("Another careerbrief run is in progress on state folder " + properties.state().toAbsolutePath()
						+ "; not starting a second one");
				return;
			}
			try {
				launch(args.containsOption("force") || properties.force());
			}
			catch (Exception ex) {
				// An operator needs the reason on one line; the stack trace stays in the log.
				log.error("Run failed", ex);
				fail("Run could not be launched: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
			}
		}
	}

	private void launch(boolean force) throws Exception {
		List<InputFile> inputs = InputFingerprint.files(properties.input());
		String fingerprint = InputFingerprint.of(inputs, configuration());
		JobParameters parameters = parameters(fingerprint, force);
		JobInstance instance = repository.getJobInstance(job.getName(), parameters);
		JobExecution last = instance == null ? null : repository.getLastJobExecution(job.getName(), parameters);
		if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
			log.info("Up to date: outputs of run {} still current (inputs unchanged, fingerprint {}); use --force to run again",
					instance.getInstanceId(), fingerprint);
			return;
		}
		if (last != null && last.getStatus().isRunning()) {
			markCrashed(last); // we hold the lock, so no process is running it: it was killed
		}
		if (last != null) {
			log.info("Resuming run {} from its last committed chunk", instance.getInstanceId());
		}
		JobExecution execution = launcher.run(job, parameters);
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			fail("Run " + execution.getJobInstance().getInstanceId() + " " + execution.getStatus() + ": "
					+ reason(execution) + "; the outputs of the last good run are untouched");
		}
	}

	private JobParameters parameters(String fingerprint, boolean force) {
		JobParametersBuilder builder = new JobParametersBuilder()
			.addString(FINGERPRINT, fingerprint)
			.addString("input", properties.input().toAbsolutePath().toString(), false)
			.addString("output", properties.output().toAbsolutePath().toString(), false);
		if (force) {
			builder.addLocalDateTime("forcedAt", LocalDateTime.now());
		}
		return builder.toJobParameters();
	}

	private String configuration() {
		return "output=" + properties.output().toAbsolutePath() + ";charts=" + properties.chartOccupations()
				+ ";states=" + properties.states() + ";maxRejected=" + properties.maxRejectedRows();
	}

	private void markCrashed(JobExecution execution) {
		log.warn("Run {} was left running by a process that no longer holds the lock; marking it failed to restart it",
				execution.getJobInstance().getInstanceId());
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStatus().isRunning()) {
				step.setStatus(BatchStatus.FAILED);
				step.setEndTime(LocalDateTime.now());
				repository.update(step);
			}
		}
		execution.setStatus(BatchStatus.FAILED);
		execution.setEndTime(LocalDateTime.now());
		repository.update(execution);
	}

	private static String reason(JobExecution execution) {
		List<Throwable> failures = execution.getAllFailureExceptions();
		if (failures.isEmpty()) {
			return "no exception recorded";
		}
		Throwable root = failures.get(0);
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	private void fail(String reason) {
		log.error(reason);
		System.err.println("careerbrief: " + reason);
		exitCode = 1;
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
