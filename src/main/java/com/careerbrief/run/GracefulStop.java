package com.careerbrief.run;

import java.time.Duration;

import com.careerbrief.config.CareerBriefProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobOperator;
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
public class GracefulStop implements SmartLifecycle, JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);

	private final JobOperator operator;

	private final JobExplorer explorer;

	private final Duration timeout;

	private volatile boolean running;

	/** The execution this process is running now; null between runs. */
	private volatile JobExecution current;

	GracefulStop(JobOperator operator, JobExplorer explorer, CareerBriefProperties properties) {
		this.operator = operator;
		this.explorer = explorer;
		this.timeout = Duration.ofSeconds(Math.max(0, properties.stopTimeoutSeconds()));
	}

	@Override
	public void start() {
		running = true;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		current = execution;
	}

	@Override
	public void afterJob(JobExecution execution) {
		current = null;
	}

	@Override
	public void stop() {
		running = false;
		JobExecution execution = current;
		if (execution == null) {
			return;
		}
		long runId = execution.getJobInstance().getInstanceId();
		log.info("Stop requested: run {} stops after its current chunk (waiting up to {} s); the next launch resumes it",
				runId, timeout.toSeconds());
		try {
			operator.stop(execution.getId());
		}
		catch (Exception ex) {
			log.warn("Could not ask run {} to stop: {}", runId, ex.toString());
		}
		try {
			if (saved(execution.getId(), System.nanoTime() + timeout.toNanos())) {
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

	/**
	 * Waits until the job repository no longer shows the execution running (its final status is saved after
	 * afterJob, so the repository, not the listener, says when the database may close); false at the deadline.
	 */
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
