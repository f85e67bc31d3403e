package com.careerbrief.job;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The packaged application launched as a separate JVM, the way an operator runs it, with its console
 * output collected so a test can wait for a line and then kill the process.
 */
final class JarRun {

	private static final Duration RUN_LIMIT = Duration.ofMinutes(10);

	private final Process process;

	private final List<String> lines = new ArrayList<>();

	private final Thread pump;

	private JarRun(Process process) {
		this.process = process;
		this.pump = new Thread(this::pump, "jar-run-output");
		pump.setDaemon(true);
		pump.start();
	}

	/** The jar that {@code mvn package} built; failsafe passes its path. */
	static Path jar() {
		Path jar = Path.of(System.getProperty("careerbrief.jar", "target/careerbrief.jar"));
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No packaged jar at " + jar.toAbsolutePath() + "; run ./mvnw verify");
		}
		return jar;
	}

	static JarRun start(Path input, Path output, Path state, String... extra) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx1g", "-jar", jar().toString(), "--input=" + input, "--output=" + output, "--state=" + state));
		command.addAll(List.of(extra));
		return new JarRun(new ProcessBuilder(command).redirectErrorStream(true).start());
	}

	/** Blocks until the process prints a line matching {@code regex}; fails if it ends first. */
	void awaitLine(String regex) throws InterruptedException {
		Pattern pattern = Pattern.compile(regex);
		long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
		while (System.nanoTime() < deadline) {
			synchronized (lines) {
				if (lines.stream().anyMatch(line -> pattern.matcher(line).find())) {
					return;
				}
				if (!process.isAlive()) {
					throw new AssertionError("Process ended before printing /" + regex + "/:\n" + log());
				}
				lines.wait(200);
			}
		}
		throw new AssertionError("No line /" + regex + "/ within " + RUN_LIMIT + ":\n" + log());
	}

	/** SIGKILL, as {@code kill -9} does: no shutdown hook, no clean-up. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(1, TimeUnit.MINUTES);
	}

	/**
	 * SIGTERM, as {@code kill}, {@code systemctl stop} or a container runtime send it; returns the exit code.
	 * Through the process handle: {@code Process.destroy()} would also close our end of its output, and the
	 * lines it prints while stopping would be lost.
	 */
	int terminate() throws InterruptedException {
		process.toHandle().destroy();
		return awaitExit();
	}

	int awaitExit() throws InterruptedException {
		if (!process.waitFor(RUN_LIMIT.toMinutes(), TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("Run did not end within " + RUN_LIMIT + ":\n" + log());
		}
		pump.join(Duration.ofSeconds(30).toMillis()); // the last lines are read once the pipe closes
		return process.exitValue();
	}

	String log() {
		synchronized (lines) {
			return String.join("\n", lines);
		}
	}

	private void pump() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line; (line = reader.readLine()) != null;) {
				synchronized (lines) {
					lines.add(line);
					lines.notifyAll();
				}
			}
		}
		catch (IOException ex) {
			// the process was killed: its output simply ends
		}
	}

}
