package com.careerbrief.job;

import java.io.IOException;
import java.io.Reader;
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

import com.opencsv.CSVReader;
import com.opencsv.CSVWriter;
import com.opencsv.exceptions.CsvValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
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

	static final String FILE = "run-history.csv";

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
	 * COMPLETED, FAILED or STOPPED
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
		append(execution, "");
	}

	@Override
	public void afterJob(JobExecution execution) {
		String reason = switch (execution.getStatus()) {
			case COMPLETED -> "";
			case STOPPED -> "stopped on request; the next launch resumes it";
			default -> RunLauncher.reason(execution);
		};
		append(execution, reason);
	}

	/** Records an execution its killed process left running, as the next launch finds it. */
	void interrupted(JobExecution execution) {
		append(execution, "interrupted: its process ended without finishing it; the next launch resumed it");
	}

	private void append(JobExecution execution, String reason) {
		LocalDateTime ended = execution.getEndTime();
		if (ended == null && execution.getStatus() != BatchStatus.STARTED && execution.getStatus() != BatchStatus.STARTING) {
			ended = LocalDateTime.now(); // afterJob runs just before Spring Batch records the end time
		}
		long runId = execution.getJobInstance().getInstanceId();
		boolean published = execution.getStatus() == BatchStatus.COMPLETED
				&& new OutputPublisher(properties.output()).isPublished(runId);
		String status = execution.getStatus() == BatchStatus.STARTING ? "STARTED" : execution.getStatus().name();
		String[] line = { String.valueOf(execution.getId()), String.valueOf(runId), status,
				String.valueOf(execution.getStartTime() == null ? LocalDateTime.now() : execution.getStartTime()),
				ended == null ? "" : ended.toString(),
				execution.getJobParameters().getString(RunLauncher.FINGERPRINT, ""), String.valueOf(published), reason };
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
	 * The executions noted in a state folder, newest first; an empty list when none was noted.
	 *
	 * @throws UncheckedIOException when the file exists but cannot be read
	 */
	public static List<Entry> read(Path state) {
		Path file = state.resolve(FILE);
		Map<Long, Entry> byExecution = new LinkedHashMap<>();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(reader)) {
			csv.skip(1);
			for (String[] line = csv.readNext(); line != null; line = csv.readNext()) {
				parse(line).ifPresent(entry -> byExecution.put(entry.executionId(), entry));
			}
		}
		catch (NoSuchFileException ex) {
			return List.of();
		}
		catch (IOException | CsvValidationException ex) {
			if (byExecution.isEmpty()) {
				throw new UncheckedIOException(new IOException("Cannot read the run history " + file + ": " + ex.getMessage(), ex));
			}
			// a line being appended as we read: the lines before it stand
		}
		List<Entry> entries = new ArrayList<>(byExecution.values());
		entries.sort(Comparator.comparingLong(Entry::executionId).reversed());
		return entries;
	}

	private static Optional<Entry> parse(String[] line) {
		if (line.length != HEADER.length) {
			return Optional.empty(); // a partial last line
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
