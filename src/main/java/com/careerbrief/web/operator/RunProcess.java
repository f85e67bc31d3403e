package com.careerbrief.web.operator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run the portal started: the application launched as its own process, exactly as an operator runs it
 * by hand, so it takes the run lock itself (and reports "another run is in progress" when it cannot), and a
 * stop is the SIGTERM that {@code GracefulStop} handles. Its console lines are kept for the operator page
 * (whose template reads the public accessors).
 */
public final class RunProcess {

	private static final int KEPT_LINES = 40;

	/** Spring Boot's console line: date, time of day, level, process id, thread, logger, then the message. */
	private static final Pattern LOG_LINE = Pattern.compile(
			"\\d{4}-\\d\\d-\\d\\dT(\\d\\d:\\d\\d:\\d\\d)\\S*\\s+(\\w+)\\s+\\d+ --- (?:\\[[^]]*\\] )+[\\w.$]+\\s+: ");

	private final Process process;

	private final Instant started = Instant.now();

	private final Deque<String> lines = new ArrayDeque<>();

	private volatile String progress;

	private volatile String reason;

	private volatile boolean stopRequested;

	private RunProcess(Process process) {
		this.process = process;
		Thread pump = new Thread(this::pump, "careerbrief-run-output");
		pump.setDaemon(true);
		pump.start();
	}

	static RunProcess start(List<String> command) throws IOException {
		return new RunProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
	}

	boolean running() {
		return process.isAlive();
	}

	/** SIGTERM: the run finishes its chunk, is saved STOPPED, and the next launch resumes it. */
	void stop() {
		stopRequested = true;
		process.toHandle().destroy();
	}

	boolean stopRequested() {
		return stopRequested;
	}

	public Instant started() {
		return started;
	}

	/** The exit code, or null while running. */
	public Integer exitCode() {
		return process.isAlive() ? null : process.exitValue();
	}

	/** The newest progress line the run printed (step, items done of the total, rate, time left), or null. */
	public String progress() {
		return progress;
	}

	/** The one-line reason the run printed when it failed ("careerbrief: …"), or null. */
	public String reason() {
		return reason;
	}

	public List<String> lastLines() {
		synchronized (lines) {
			return List.copyOf(lines);
		}
	}

	void awaitEnd(long seconds) throws InterruptedException {
		process.waitFor(seconds, TimeUnit.SECONDS);
	}

	private void pump() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line; (line = reader.readLine()) != null;) {
				keep(line);
			}
		}
		catch (IOException ex) {
			// the run's output ended
		}
	}

	/**
	 * A console line as an operator reads it: "05:21:19 Step ingestTables COMPLETED: …" for Spring Boot's
	 * "2026-12-03T05:21:19.866Z  INFO 13567 --- [main] c.careerbrief.job.StepSummaryListener : Step …", the
	 * level kept only when it is a warning or an error; other lines (the run's summary table) as they are.
	 */
	static String readable(String line) {
		Matcher m = LOG_LINE.matcher(line);
		if (!m.lookingAt()) {
			return line;
		}
		String level = m.group(2).equals("INFO") || m.group(2).equals("DEBUG") ? "" : m.group(2) + " ";
		return m.group(1) + " " + level + line.substring(m.end());
	}

	private void keep(String line) {
		// The lines an operator reads on the console: progress ("step: n/total (rate per second, about s left)")
		// and the one-line reason a failed run ends with.
		if (line.matches(".*\\b\\w+: \\d+/[\\d?]+ \\(\\d+ per second.*")) {
			progress = line.replaceFirst("^.*?\\] [\\w.]+\\s+: ", "");
		}
		if (line.startsWith("careerbrief: ")) {
			reason = line.substring("careerbrief: ".length());
		}
		synchronized (lines) {
			lines.addLast(readable(line));
			if (lines.size() > KEPT_LINES) {
				lines.removeFirst();
			}
		}
	}

}
