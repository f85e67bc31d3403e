package com.careerbrief.job;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Stops a run cleanly when the process is asked to stop (SIGTERM, as {@code kill}, {@code systemctl stop}
 * or a container runtime send it): the first thing the closing application does is ask Spring Batch to
 * stop the run this process is running (registered as the job's listener) at its next chunk boundary, then
 * wait for it, up to
 * {@code careerbrief.stop-timeout-seconds} (default 60), before the database closes. The run is then
 * STOPPED with every chunk it finished committed, and the next launch resumes it. A run that does not
 * stop in time is cut off like a kill and is resumed the same way.
 */
@Component
class GracefulStop implements SmartLifecycle, JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);

	private final JobOperator operator;

	private final JobExplorer explorer;

	private final Duration timeout;

	private volatile boolean running;

	/** The execution this process is running now, and a latch that opens when it ends; null between runs. */
	private volatile Current current;

	private record Current(JobExecution execution, CountDownLatch ended) {
	}

	GracefulStop(JobOperator operator, JobExplorer explorer,
			@Value("${careerbrief.stop-timeout-seconds:60}") long timeoutSeconds) {
		this.operator = operator;
		this.explorer = explorer;
		this.timeout = Duration.ofSeconds(Math.max(0, timeoutSeconds));
	}

	@Override
	public void start() {
		running = true;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		current = new Current(execution, new CountDownLatch(1));
	}

	@Override
	public void afterJob(JobExecution execution) {
		Current c = current;
		current = null;
		if (c != null) {
			c.ended().countDown();
		}
	}

	@Override
	public void stop() {
		running = false;
		Current c = current;
		if (c == null) {
			return;
		}
		long runId = c.execution().getJobInstance().getInstanceId();
		log.info("Stop requested: run {} stops after its current chunk (waiting up to {} s); the next launch resumes it",
				runId, timeout.toSeconds());
		try {
			operator.stop(c.execution().getId());
		}
		catch (Exception ex) {
			log.warn("Could not ask run {} to stop: {}", runId, ex.toString());
		}
		long deadline = System.nanoTime() + timeout.toNanos();
		try {
			// afterJob comes just before the run's final status is saved: wait for the saved status too.
			if (c.ended().await(timeout.toMillis(), TimeUnit.MILLISECONDS) && saved(c.execution().getId(), deadline)) {
				log.info("Run {} stopped cleanly after its last committed chunk; the outputs of the last good run are untouched",
						runId);
			}
			else {
				log.warn("Run {} did not stop within {} s; it is cut off and the next launch resumes it from its last "
						+ "committed chunk", runId, timeout.toSeconds());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Waits until the job repository no longer shows the execution running; false at the deadline. */
	private boolean saved(long executionId, long deadline) throws InterruptedException {
		while (System.nanoTime() < deadline) {
			JobExecution saved = explorer.getJobExecution(executionId);
			if (saved == null || !saved.isRunning()) {
				return true;
			}
			Thread.sleep(100);
		}
		return false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stopped first, while the database and everything the job uses are still open. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}
}
