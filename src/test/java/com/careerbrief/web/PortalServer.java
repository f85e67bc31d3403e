package com.careerbrief.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar launched as an operator does: once as a run (to publish a small output), then with
 * {@code --serve} on a free loopback port; its console output is kept for the failure message.
 */
final class PortalServer implements AutoCloseable {

	private final Process process;

	private final StringBuffer log = new StringBuffer();

	final int port;

	private PortalServer(Process process, int port) {
		this.process = process;
		this.port = port;
		Thread pump = new Thread(() -> {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line; (line = reader.readLine()) != null;) {
					log.append(line).append('\n');
				}
			}
			catch (IOException ex) {
				// the process ended
			}
		}, "portal-output");
		pump.setDaemon(true);
		pump.start();
	}

	static Path jar() {
		Path jar = Path.of(System.getProperty("careerbrief.jar", "target/careerbrief.jar"));
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No packaged jar at " + jar.toAbsolutePath() + "; run ./mvnw verify");
		}
		return jar;
	}

	static List<String> java(String... args) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-jar", jar().toString()));
		command.addAll(List.of(args));
		return command;
	}

	/** Runs the job to its end; fails the test with its output when it does not exit 0. */
	static void runJob(String... args) throws IOException, InterruptedException {
		Process run = new ProcessBuilder(java(args)).redirectErrorStream(true).start();
		String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!run.waitFor(10, TimeUnit.MINUTES) || run.exitValue() != 0) {
			throw new AssertionError("The run did not succeed:\n" + output);
		}
	}

	/** Starts {@code --serve} on a free loopback port and waits until it answers. */
	static PortalServer serve(String... args) throws IOException, InterruptedException {
		int port = freePort();
		List<String> command = java("--serve", "--server.port=" + port);
		command.addAll(List.of(args));
		PortalServer server = new PortalServer(new ProcessBuilder(command).redirectErrorStream(true).start(), port);
		long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
		while (!server.log.toString().contains("Started PortalApplication")) {
			if (!server.process.isAlive() || System.nanoTime() > deadline) {
				server.close();
				throw new AssertionError("The portal did not start:\n" + server.log);
			}
			Thread.sleep(250);
		}
		return server;
	}

	String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	String log() {
		return log.toString();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	@Override
	public void close() throws InterruptedException {
		process.toHandle().destroy();
		if (!process.waitFor(1, TimeUnit.MINUTES)) {
			process.destroyForcibly();
		}
	}

}
