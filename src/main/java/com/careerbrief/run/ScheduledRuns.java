package com.careerbrief.run;

import java.time.ZonedDateTime;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The {@code --schedule=CRON} mode: stays up and launches a run on each cron tick, with the same
 * idempotence as a launch by hand (unchanged inputs do no work). One run at a time: a tick that
 * comes while a run is still going is skipped by the run lock and logged.
 */
final class ScheduledRuns {

	private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

	private final RunLauncher launcher;

	private final CronExpression cron;

	private final String expression;

	private ScheduledRuns(RunLauncher launcher, String expression) {
		this.launcher = launcher;
		this.expression = expression;
		this.cron = CronExpression.parse(expression);
	}

	/** Checks the expression up front, so an operator's typo fails the launch instead of never firing. */
	static ScheduledRuns of(RunLauncher launcher, String expression) {
		if (!CronExpression.isValidExpression(expression)) {
			throw new IllegalArgumentException("--schedule=\"" + expression
					+ "\" is not a cron expression; expected six fields: second minute hour day-of-month month "
					+ "day-of-week, for example \"0 0 6 * * MON\"");
		}
		return new ScheduledRuns(launcher, expression);
	}

	/** Schedules the runs and blocks until the application is stopped. */
	void runUntilStopped() throws InterruptedException {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix("careerbrief-schedule-");
		scheduler.initialize();
		scheduler.schedule(this::tick, new CronTrigger(expression));
		log.info("Scheduled: careerReportJob runs on \"{}\"; next run at {}", expression, next());
		try {
			new CountDownLatch(1).await();
		}
		finally {
			scheduler.shutdown();
		}
	}

	private void tick() {
		RunLauncher.Outcome outcome = launcher.launch(false);
		log.info("{} scheduled run: {}; next run at {}", outcome.result().verb, outcome.message(), next());
	}

	private ZonedDateTime next() {
		return cron.next(ZonedDateTime.now());
	}

}
