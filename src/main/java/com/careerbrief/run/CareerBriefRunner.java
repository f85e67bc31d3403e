package com.careerbrief.run;

import com.careerbrief.config.CareerBriefProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The command line: {@code --history} lists past runs; {@code --schedule=CRON} stays up and runs on
 * that cron; otherwise one run (or "up to date"), then exit 0 on success and 1 on failure.
 */
@Component
@Profile("!worker")
class CareerBriefRunner implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(CareerBriefRunner.class);

	private final RunLauncher launcher;

	private final RunHistory history;

	private final CareerBriefProperties properties;

	private int exitCode;

	CareerBriefRunner(RunLauncher launcher, RunHistory history, CareerBriefProperties properties) {
		this.launcher = launcher;
		this.history = history;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (args.containsOption("history")) {
			history.lines().forEach(System.out::println);
			return;
		}
		if (!properties.schedule().isBlank()) {
			schedule();
			return;
		}
		RunLauncher.Outcome outcome = launcher.launch(args.containsOption("force") || properties.force(),
				args.containsOption("allow-shrink"));
		if (!outcome.success()) {
			fail(outcome.message());
		}
	}

	private void schedule() throws InterruptedException {
		ScheduledRuns runs;
		try {
			runs = ScheduledRuns.of(launcher, properties.schedule());
		}
		catch (IllegalArgumentException ex) {
			fail(ex.getMessage());
			return;
		}
		runs.runUntilStopped();
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
