package com.careerbrief.run;

import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

import com.careerbrief.config.CareerBriefProperties;
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
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * One launch of careerReportJob: identifies the run by its input fingerprint, does nothing when
 * that run already completed (unless forced), resumes it when it failed or was killed, (the process
 * holds the state folder's lock from start-up: see RunLockHolder). Used by the one-off and the scheduled modes.
 */
@Component
public class RunLauncher {

	private static final Logger log = LoggerFactory.getLogger(RunLauncher.class);

	static final String FINGERPRINT = "inputFingerprint";

	/**
	 * Job parameter (not identifying): the absolute input folder the steps read (--input). A remote worker
	 * reads the run's files from the same path.
	 */
	public static final String INPUT = "input";

	/** Job parameter (not identifying): the absolute output folder the steps write the run's files into (--output). */
	public static final String OUTPUT = "output";

	/** Job parameter (not identifying): publish even when the run shrinks the report (--allow-shrink). */
	public static final String ALLOW_SHRINK = "allowShrink";

	/**
	 * Job parameter (not identifying): the settings that change what the steps write, as {@link #settings}
	 * gives them; a remote worker refuses a partition of a run whose settings differ from its own.
	 */
	public static final String SETTINGS = "settings";

	/**
	 * The shape of the records the job stages as JSON (verdicts, chosen figures, conflicts), one of the run's
	 * settings: a run staged by a build of another shape is run afresh instead of resumed, and a worker of such a
	 * build refuses this build's partitions. Raise it whenever a staged record changes shape.
	 */
	static final int STAGED_SHAPE = 3;

	private final JobLauncher launcher;

	private final JobRepository repository;

	private final Job job;

	private final CareerBriefProperties properties;

	private final Environment environment;

	private final RunJournal journal;

	private final JobExplorer explorer;

	RunLauncher(JobLauncher launcher, JobRepository repository, Job careerReportJob, CareerBriefProperties properties,
			Environment environment, RunJournal journal, JobExplorer explorer) {
		this.environment = environment;
		this.journal = journal;
		this.explorer = explorer;
		this.launcher = launcher;
		this.repository = repository;
		this.job = careerReportJob;
		this.properties = properties;
	}

	/** What a launch came to, with the one line an operator reads. */
	record Outcome(Result result, String message) {

		boolean success() {
			return result == Result.FINISHED;
		}
	}

	/** How a launch ended, in the word a scheduler's log line starts with. */
	enum Result {
		FINISHED("Finished"), STOPPED("Stopped"), FAILED("Failed");

		final String verb;

		Result(String verb) {
			this.verb = verb;
		}
	}

	Outcome launch(boolean force) {
		return launch(force, false);
	}

	/** @param allowShrink publish even when the run reports on far less than the last published run */
	Outcome launch(boolean force, boolean allowShrink) {
		if (!Files.isDirectory(properties.input())) {
			return failed("Input folder " + properties.input().toAbsolutePath()
					+ (Files.exists(properties.input()) ? " is a file, not a folder" : " does not exist") + " (set --input=DIR)");
		}
		try {
			return launchLocked(force, allowShrink); // this process holds the state folder's lock (RunLockHolder)
		}
		catch (Exception ex) {
			// An operator needs the reason on one line; the stack trace stays in the log.
			log.error("Run failed", ex);
			return failed("Run could not be launched: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	private Outcome launchLocked(boolean force, boolean allowShrink) throws Exception {
		journal.backfill(explorer, job.getName()); // runs from before the history file, once
		List<InputFile> inputs = InputFingerprint.files(properties.input());
		String fingerprint = InputFingerprint.of(inputs, configuration());
		JobParameters parameters = parameters(fingerprint, force, allowShrink);
		JobInstance instance = repository.getJobInstance(job.getName(), parameters);
		JobExecution last = instance == null ? null : repository.getLastJobExecution(job.getName(), parameters);
		if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
			if (isPublishedNow(instance.getInstanceId())) {
				String message = "Up to date: outputs of run " + instance.getInstanceId()
						+ " still current (inputs unchanged, fingerprint " + fingerprint + "); use --force to run again";
				log.info(message);
				return new Outcome(Result.FINISHED, message);
			}
			// Same inputs as run N, but output/ now shows another run (or nothing): run again to publish them.
			log.info("Inputs match completed run {}, but output/latest no longer shows it; running again",
					instance.getInstanceId());
			parameters = parameters(fingerprint, true, allowShrink);
			last = null;
		}
		if (last != null && last.getStatus() == BatchStatus.ABANDONED) {
			// A later run removed its staging (the job's first step): resuming it would report on nothing.
			log.info("Inputs match run {}, abandoned when a later run started; running them afresh", instance.getInstanceId());
			parameters = parameters(fingerprint, true, allowShrink);
			last = null;
		}
		if (last != null && last.getStatus().isRunning()) {
			markCrashed(last); // we hold the lock, so no process is running it: it was killed
		}
		if (last != null) {
			log.info("Resuming run {} from its last committed chunk", instance.getInstanceId());
		}
		JobExecution execution = launcher.run(job, parameters);
		long runId = execution.getJobInstance().getInstanceId();
		if (execution.getStatus() == BatchStatus.STOPPED) {
			return new Outcome(Result.STOPPED, "Run " + runId + " stopped on request after its last committed chunk; the next "
					+ "launch resumes it; the outputs of the last good run are untouched");
		}
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			return failed("Run " + runId + " " + execution.getStatus() + ": " + reason(execution)
					+ "; the outputs of the last good run are untouched");
		}
		return new Outcome(Result.FINISHED, "Run " + runId + " completed and published to " + properties.output().toAbsolutePath());
	}

	private boolean isPublishedNow(long runId) {
		OutputPublisher output = new OutputPublisher(properties.output());
		OptionalLong latest = output.latestRun();
		return latest.isPresent() && latest.getAsLong() == runId && Files.isDirectory(output.runFolder(runId))
				&& Files.exists(properties.output().resolve(OutputPublisher.WORKBOOK));
	}

	private JobParameters parameters(String fingerprint, boolean force, boolean allowShrink) {
		JobParametersBuilder builder = new JobParametersBuilder().addString(FINGERPRINT, fingerprint)
			.addString(ALLOW_SHRINK, String.valueOf(allowShrink), false)
			.addString(INPUT, properties.input().toAbsolutePath().toString(), false)
			.addString(OUTPUT, properties.output().toAbsolutePath().toString(), false)
			.addString(SETTINGS, settings(properties, environment), false);
		if (force) {
			builder.addLocalDateTime("forcedAt", LocalDateTime.now());
		}
		return builder.toJobParameters();
	}

	private String configuration() {
		return "output=" + properties.output().toAbsolutePath() + ";" + settings(properties, environment);
	}

	/** Every setting that changes what is written, the reconciliation tolerances too; the folders aside. */
	public static String settings(CareerBriefProperties properties, Environment environment) {
		Map<String, String> reconcile = new TreeMap<>(Binder.get(environment)
			.bind("careerbrief.reconcile", Bindable.mapOf(String.class, String.class))
			.orElse(Map.of()));
		return "charts=" + properties.chartOccupations() + ";states=" + properties.states() + ";maxRejected="
				+ properties.maxRejectedRows() + ";reconcile=" + reconcile + ";staged=" + STAGED_SHAPE;
	}

	private void markCrashed(JobExecution execution) {
		log.warn("Run {} was left running by a process that no longer holds the lock; marking it failed to restart it",
				execution.getJobInstance().getInstanceId());
		LocalDateTime lastSeen = UnfinishedRuns.lastSeen(execution);
		UnfinishedRuns.endRunningSteps(repository, execution, BatchStatus.FAILED, LocalDateTime.now());
		execution.setStatus(BatchStatus.FAILED);
		execution.setEndTime(LocalDateTime.now());
		repository.update(execution);
		journal.interrupted(execution, lastSeen);
	}

	/**
	 * The most telling failure of the run: a partition's own (it ran in this JVM), else a step's, else the
	 * job's. Spring Batch's own list of them is a set, in no useful order.
	 */
	static String reason(JobExecution execution) {
		List<Throwable> failures = new ArrayList<>();
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStepName().contains(":")) {
				failures.addAll(step.getFailureExceptions());
			}
		}
		for (StepExecution step : execution.getStepExecutions()) {
			failures.addAll(step.getFailureExceptions());
		}
		failures.addAll(execution.getFailureExceptions());
		if (failures.isEmpty()) {
			return "no exception recorded";
		}
		Throwable root = NestedExceptionUtils.getMostSpecificCause(failures.get(0));
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	private static Outcome failed(String message) {
		return new Outcome(Result.FAILED, message); // the caller logs it once, in its own words

	}

}
