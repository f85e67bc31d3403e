package com.careerbrief.web.operator;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.careerbrief.CareerBriefApplication;
import com.careerbrief.config.CareerBriefProperties;
import com.careerbrief.report.pdf.UsStates;
import com.careerbrief.web.download.PublishedRuns;
import com.careerbrief.web.occupation.OccupationCatalog;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Starts and stops runs for the operator (and for {@code --serve --schedule=CRON}): one at a time from this
 * portal, each a separate process on the same input, output and state folders; a run started elsewhere is
 * refused by the run lock, and the refusal is shown as that run's outcome.
 */
@Component
class RunControl {

	private static final Logger log = LoggerFactory.getLogger(RunControl.class);

	private final CareerBriefProperties properties;

	private final TaskScheduler scheduler;

	private final PublishedRuns published;

	/** The published run's occupation pages, cached per run: they record which state editions it has. */
	private final OccupationCatalog catalog;

	private volatile RunProcess current;

	/** The last run that ended with a failure, kept for its reason. */
	private volatile RunProcess lastFailure;

	/** @throws IllegalArgumentException for an unknown --states code, so that the portal does not start with it */
	RunControl(CareerBriefProperties properties, TaskScheduler scheduler, PublishedRuns published,
			OccupationCatalog catalog) {
		UsStates.expand(properties.states());
		this.properties = properties;
		this.scheduler = scheduler;
		this.published = published;
		this.catalog = catalog;
	}

	@PostConstruct
	void schedule() {
		if (!properties.schedule().isBlank()) {
			scheduler.schedule(() -> start(false), new CronTrigger(properties.schedule()));
			log.info("Scheduled: the portal launches a run on \"{}\"", properties.schedule());
		}
	}

	/** Starts a run unless this portal's last one is still going; returns whether it started. */
	synchronized boolean start(boolean force) {
		if (current != null && current.running()) {
			return false;
		}
		noteFailure(current);
		try {
			current = RunProcess.start(command(force));
			log.info("Run started from the portal");
			return true;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start a run: " + ex.getMessage(), ex);
		}
	}

	/** Asks the running run to stop cleanly (SIGTERM, as GracefulStop expects); false when none runs. */
	boolean stop() {
		RunProcess run = current;
		if (run == null || !run.running()) {
			return false;
		}
		run.stop();
		return true;
	}

	Optional<RunProcess> current() {
		return Optional.ofNullable(current);
	}

	Optional<RunProcess> lastFailure() {
		RunProcess run = current;
		noteFailure(run);
		return Optional.ofNullable(lastFailure);
	}

	boolean running() {
		RunProcess run = current;
		return run != null && run.running();
	}

	private void noteFailure(RunProcess run) {
		if (run != null && !run.running() && run.exitCode() != 0 && !run.stopRequested()) {
			lastFailure = run;
		}
	}

	/** The state editions a run from here writes ("IN, NY"), or "none". */
	String editions() {
		List<String> codes = UsStates.expand(properties.states());
		return codes.isEmpty() ? "none" : String.join(", ", codes);
	}

	/**
	 * The state editions the published run has that a run from here would not write (the portal was started
	 * without their --states): publishing such a run takes them off the portal.
	 */
	List<String> editionsARunWouldDrop() {
		List<String> kept = UsStates.expand(properties.states());
		try {
			return published.latest().map(catalog::stateEditions).orElse(Set.of()).stream()
				.filter(code -> !kept.contains(code))
				.toList();
		}
		catch (UncheckedIOException ex) {
			// the page an operator starts a repair run from must not fail on a damaged published page
			log.warn("Cannot tell which state editions the published run has: {}", ex.getMessage());
			return List.of();
		}
	}

	private List<String> command(boolean force) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		String classpath = System.getProperty("java.class.path");
		if (classpath.endsWith(".jar") && !classpath.contains(File.pathSeparator)) {
			command.addAll(List.of("-jar", classpath)); // the packaged jar, as java -jar started this portal
		}
		else {
			command.addAll(List.of("-cp", classpath, CareerBriefApplication.class.getName())); // spring-boot:run
		}
		command.add("--input=" + properties.input().toAbsolutePath());
		command.add("--output=" + properties.output().toAbsolutePath());
		command.add("--state=" + properties.state().toAbsolutePath());
		command.add("--careerbrief.progress-seconds=1");
		if (!properties.states().isEmpty()) {
			command.add("--states=" + String.join(",", properties.states()));
		}
		if (force) {
			command.add("--force");
		}
		return command;
	}

	@PreDestroy
	void stopOnShutdown() throws InterruptedException {
		RunProcess run = current;
		if (run != null && run.running()) {
			run.stop();
			run.awaitEnd(90);
		}
	}

}
