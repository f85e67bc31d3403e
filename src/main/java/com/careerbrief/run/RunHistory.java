package com.careerbrief.run;

import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import com.careerbrief.config.CareerBriefProperties;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.stereotype.Component;

/**
 * The {@code --history} listing: every past execution of careerReportJob, newest first, with its
 * status, duration, input fingerprint and the outputs it published.
 */
@Component
class RunHistory {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final int MAX_RUNS = 1000;

	private final JobExplorer explorer;

	private final CareerBriefProperties properties;

	RunHistory(JobExplorer explorer, CareerBriefProperties properties) {
		this.explorer = explorer;
		this.properties = properties;
	}

	/** The table's lines: a header, then one line per execution (a resumed run has several). */
	List<String> lines() {
		OutputPublisher output = new OutputPublisher(properties.output());
		OptionalLong latest = output.latestRun();

		List<String> lines = new ArrayList<>();
		lines.add(String.format("%-4s %-5s %-10s %-19s %9s  %-16s %s", "run", "exec", "status", "started", "seconds",
				"fingerprint", "published outputs"));
		for (JobInstance instance : explorer.getJobInstances("careerReportJob", 0, MAX_RUNS)) {
			for (JobExecution execution : explorer.getJobExecutions(instance)) {
				String line = line(instance.getInstanceId(), execution, output, latest);
				// This process holds the run lock, so no other process runs an execution still marked running.
				lines.add(execution.isRunning()
						? line + "  [interrupted: no process runs it; the next launch resumes it]" : line);
			}
		}
		if (lines.size() == 1) {
			lines.add("(no runs yet in state folder " + properties.state().toAbsolutePath() + ")");
		}
		return lines;
	}

	private String line(long runId, JobExecution execution, OutputPublisher output, OptionalLong latest) {
		String fingerprint = execution.getJobParameters().getString(RunLauncher.FINGERPRINT, "");
		return String.format("%-4d %-5d %-10s %-19s %9s  %-16s %s", runId, execution.getId(), execution.getStatus(),
				execution.getStartTime() == null ? "-" : WHEN.format(execution.getStartTime()), seconds(execution),
				fingerprint.length() > 16 ? fingerprint.substring(0, 16) : fingerprint,
				execution.getStatus() == BatchStatus.COMPLETED ? published(runId, output, latest) : "-");
	}

	private static String seconds(JobExecution execution) {
		LocalDateTime start = execution.getStartTime();
		LocalDateTime end = execution.getEndTime();
		return start == null || end == null ? "-" : String.format("%.1f", Duration.between(start, end).toMillis() / 1000.0);
	}

	private static String published(long runId, OutputPublisher output, OptionalLong latest) {
		if (!output.isPublished(runId) || !Files.isDirectory(output.runFolder(runId))) {
			return "-"; // never published (failed or interrupted), or pruned since
		}
		String where = output.runFolder(runId).toAbsolutePath().toString();
		return latest.isPresent() && latest.getAsLong() == runId ? where + " (latest)" : where;
	}

}
