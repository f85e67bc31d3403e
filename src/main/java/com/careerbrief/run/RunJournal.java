package com.careerbrief.run;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.careerbrief.config.CareerBriefProperties;
import com.opencsv.CSVParser;
import com.opencsv.CSVWriter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.stereotype.Component;

/**
 * The run history as a file in the state folder ({@code run-history.csv}), for readers that must not open
 * the job repository: the portal keeps serving while a run holds it. The process that holds the run lock
 * appends a line when an execution starts and one when it ends (or, for one killed, when the next launch
 * finds it interrupted); a reader takes the last line of each execution. Lines are appended whole, so a
 * reader sees at worst a partial last line, which it skips.
 */
@Component
public class RunJournal implements JobExecutionListener {

	public static final String FILE = "run-history.csv";

	private static final Logger log = LoggerFactory.getLogger(RunJournal.class);

	private static final String[] HEADER = { "execution", "run", "status", "started", "ended", "fingerprint",
			"published", "reason" };

	private final CareerBriefProperties properties;

	RunJournal(CareerBriefProperties properties) {
		this.properties = properties;
	}

	/**
	 * One execution of a run (a resumed run has several), as its last journal line left it.
	 *
	 * @param executionId the job execution's id
	 * @param runId the run (job instance) id
	 * @param status STARTED while it runs (or when its process died and no launch has looked since), then
	 * COMPLETED, FAILED or STOPPED; ABANDONED once a later run removed its staging
	 * @param started when it started
	 * @param ended when it ended, if it did
	 * @param fingerprint the input fingerprint the run was launched for
	 * @param published whether it completed and published its outputs
	 * @param reason why it failed or stopped, or empty
	 */
	public record Entry(long executionId, long runId, String status, LocalDateTime started,
			Optional<LocalDateTime> ended, String fingerprint, boolean published, String reason) {

		/** How long it ran, when it ended. */
		public Optional<Duration> duration() {
			return ended.map(end -> Duration.between(started, end));
		}

	}

	@Override
	public void beforeJob(JobExecution execution) {
		append(execution, null, "");
	}

	@Override
	public void afterJob(JobExecution execution) {
		append(execution, execution.getEndTime(), reason(execution)); // Spring Batch sets the end before afterJob
	}

	/** Why an execution ended as it did: nothing for one completed or still running. */
	private static String reason(JobExecution execution) {
		return switch (execution.getStatus()) {
			case COMPLETED, STARTED, STARTING -> "";
			case STOPPED -> "stopped on request; the next launch resumes it";
			default -> RunLauncher.reason(execution);
		};
	}

	/**
	 * Records an execution its killed process left running, as the next launch finds it.
	 *
	 * @param lastSeen when its process last recorded progress: the end the history shows, so that the time
	 * the machine stood still is not counted as running
	 */
	void interrupted(JobExecution execution, LocalDateTime lastSeen) {
		append(execution, lastSeen, "interrupted: its process ended without finishing it; the next launch resumed it");
	}

	/** Records a run that did not complete as abandoned by a later run, which removed its staging. */
	public void abandoned(JobExecution execution, long byRun) {
		append(execution, execution.getEndTime(), "abandoned when run " + byRun
				+ " started, which removed its staging; launching its inputs again runs them afresh");
	}

	/**
	 * Writes the history of a state folder whose runs predate it (or whose file was removed) from the job
	 * repository, oldest first; does nothing when the file exists. Called by the process that holds the run
	 * lock, before it launches.
	 */
	void backfill(JobExplorer explorer, String jobName) {
		if (Files.exists(properties.state().resolve(FILE))) {
			return;
		}
		List<JobExecution> executions = new ArrayList<>();
		for (JobInstance instance : explorer.getJobInstances(jobName, 0, Integer.MAX_VALUE)) {
			executions.addAll(explorer.getJobExecutions(instance));
		}
		executions.sort(Comparator.comparingLong(JobExecution::getId));
		for (JobExecution execution : executions) {
			append(execution, execution.getEndTime(), reason(execution));
		}
		if (!executions.isEmpty()) {
			log.info("Run history {} written from the job repository: {} earlier executions", properties.state().resolve(FILE),
					executions.size());
		}
	}

	private void append(JobExecution execution, LocalDateTime ended, String reason) {
		long runId = execution.getJobInstance().getInstanceId();
		// Published also when its process died after publishing, before the job repository said COMPLETED.
		boolean published = execution.getStatus() != BatchStatus.STARTED
				&& new OutputPublisher(properties.output()).isPublished(runId);
		String status = execution.getStatus() == BatchStatus.STARTING ? "STARTED" : execution.getStatus().name();
		String[] line = { String.valueOf(execution.getId()), String.valueOf(runId), status,
				String.valueOf(execution.getStartTime() == null ? LocalDateTime.now() : execution.getStartTime()),
				ended == null ? "" : ended.toString(),
				execution.getJobParameters().getString(RunLauncher.FINGERPRINT, ""), String.valueOf(published),
				reason.replaceAll("\\s*[\\r\\n]+\\s*", " ") };
		Path file = properties.state().resolve(FILE);
		try {
			Files.createDirectories(file.getParent());
			StringWriter text = new StringWriter();
			try (CSVWriter csv = new CSVWriter(text)) {
				if (!Files.exists(file)) {
					csv.writeNext(HEADER);
				}
				csv.writeNext(line);
			}
			// One write of whole lines: a reader never sees half a line but the last.
			Files.writeString(file, text.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			// The history is for people; a run does not fail because it could not be noted.
			log.warn("Could not note run {} in the run history {}: {}", runId, file, ex.toString());
		}
	}

	/**
	 * The executions noted in a state folder, newest first; an empty list when none was noted. Every line is
	 * one record (a reason never holds a line break); a line that does not parse (the last, while it is being
	 * written, or one damaged) is skipped and the others stand.
	 *
	 * @throws UncheckedIOException when the file exists but cannot be read
	 */
	public static List<Entry> read(Path state) {
		Path file = state.resolve(FILE);
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException ex) {
			return List.of();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the run history " + file, ex);
		}
		// Only whole lines: the text after the last line break is a line still being appended.
		String[] lines = text.substring(0, text.lastIndexOf('\n') + 1).split("\n");
		Map<Long, Entry> byExecution = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			try {
				// a parser per line, so that a damaged line's open quote cannot swallow the next
				parse(new CSVParser().parseLine(lines[i])).ifPresentOrElse(entry -> byExecution.put(entry.executionId(), entry),
						() -> { throw new IllegalArgumentException("unexpected fields"); });
			}
			catch (IOException | RuntimeException ex) {
				log.warn("Run history {} line {} skipped: {}", file, i + 1, ex.getMessage());
			}
		}
		List<Entry> entries = new ArrayList<>(byExecution.values());
		entries.sort(Comparator.comparingLong(Entry::executionId).reversed());
		return entries;
	}

	private static Optional<Entry> parse(String[] line) {
		if (line.length != HEADER.length) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Entry(Long.parseLong(line[0]), Long.parseLong(line[1]), line[2],
					LocalDateTime.parse(line[3]), line[4].isEmpty() ? Optional.empty() : Optional.of(LocalDateTime.parse(line[4])),
					line[5], Boolean.parseBoolean(line[6]), line[7]));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

}
