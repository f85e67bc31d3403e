package com.careerbrief.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.careerbrief.config.RemoteProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.integration.core.MessagingTemplate;

/**
 * The manager's side of a remote partitioned step: Spring Batch Integration's handler sends one request
 * per partition to the broker and polls the job repository until every partition has finished. Meanwhile
 * a watch reads the same repository: a running partition whose worker has saved nothing (no chunk) for
 * {@code careerbrief.remote.stall-timeout} is taken for lost, its worker killed. So is every unfinished
 * partition once {@code careerbrief.remote.timeout} has passed (no worker took it). A lost partition is
 * marked FAILED in the job repository, so that a worker still holding one can no longer save it, and the
 * step fails naming it. The next launch of the run runs the unfinished partitions only.
 */
class RemotePartitionHandler extends MessageChannelPartitionHandler {

	private static final Logger log = LoggerFactory.getLogger(RemotePartitionHandler.class);

	/** The execution-context key under which a worker writes who runs the partition. */
	static final String WORKER = "careerbrief.worker";

	private final JobExplorer explorer;

	private final JobRepository repository;

	private final RemoteProperties remote;

	RemotePartitionHandler(Step worker, MessagingTemplate requests, JobExplorer explorer, JobRepository repository,
			RemoteProperties remote) {
		this.explorer = explorer;
		this.repository = repository;
		this.remote = remote;
		setStepName(worker.getName());
		setGridSize(remote.partitions());
		setMessagingOperations(requests);
		setJobExplorer(explorer);
		setPollInterval(remote.pollInterval().toMillis());
		setTimeout(remote.timeout().toMillis());
		try {
			afterPropertiesSet();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot set up remote partitions of " + worker.getName(), ex);
		}
	}

	@Override
	protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
		log.info("{}: {} partition requests sent to queue {}; waiting for the workers", manager.getStepName(),
				partitions.size(), remote.queue());
		AtomicReference<String> lost = new AtomicReference<>();
		ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "partition-watch");
			thread.setDaemon(true);
			return thread;
		});
		long every = remote.pollInterval().toMillis();
		watch.scheduleWithFixedDelay(() -> {
			try {
				String stalled = markLost(manager, partitions, "saved nothing for " + remote.stallTimeout(),
						step -> step.getStatus() == BatchStatus.STARTED && step.getLastUpdated() != null
								&& step.getLastUpdated().plus(remote.stallTimeout()).isBefore(LocalDateTime.now()));
				if (stalled != null) {
					lost.compareAndSet(null, stalled);
				}
			}
			catch (RuntimeException ex) {
				log.warn("Cannot read the partitions of {} from the job repository: {}", manager.getStepName(),
						ex.getMessage());
			}
		}, every, every, TimeUnit.MILLISECONDS);
		try {
			Set<StepExecution> finished = super.doHandle(manager, partitions);
			if (lost.get() != null) {
				throw new PartitionsLostException(lost.get());
			}
			return finished;
		}
		catch (TimeoutException ex) {
			String unfinished = markLost(manager, partitions, "had no result within " + remote.timeout(),
					step -> step.getStatus().isRunning());
			throw new PartitionsLostException(unfinished != null ? unfinished
					: manager.getStepName() + ": no result within " + remote.timeout());
		}
		finally {
			watch.shutdownNow();
		}
	}

	/**
	 * Marks FAILED the partitions that are {@code lost}, saying {@code why}; returns what the operator reads
	 * of them, or null when none is.
	 */
	private String markLost(StepExecution manager, Set<StepExecution> sent, String why, Predicate<StepExecution> lost) {
		Set<Long> ids = sent.stream().map(StepExecution::getId).collect(Collectors.toSet());
		List<StepExecution> found = explorer.getJobExecution(manager.getJobExecutionId())
			.getStepExecutions()
			.stream()
			.filter(step -> ids.contains(step.getId()) && lost.test(step))
			.sorted(Comparator.comparing(StepExecution::getStepName))
			.toList();
		if (found.isEmpty()) {
			return null;
		}
		String described = found.stream().map(RemotePartitionHandler::describe).collect(Collectors.joining("; "));
		for (StepExecution step : found) {
			step.setStatus(BatchStatus.FAILED);
			step.setExitStatus(ExitStatus.FAILED.addExitDescription("Taken for lost: its worker " + why
					+ "; the next launch runs this partition again"));
			step.setEndTime(LocalDateTime.now());
			repository.update(step);
		}
		String message = manager.getStepName() + ": " + found.size() + " of " + sent.size() + " partitions "
				+ (found.size() == 1 ? "was" : "were") + " taken for lost, " + why + " (" + described
				+ "); a worker was killed, or none is taking requests from queue " + remote.queue()
				+ ". Launch the run again: only the unfinished partitions run";
		log.error(message);
		return message;
	}

	private static String describe(StepExecution step) {
		String worker = step.getExecutionContext().getString(WORKER, "no worker took it");
		String last = step.getLastUpdated() == null ? "never"
				: Duration.between(step.getLastUpdated(), LocalDateTime.now()).toSeconds() + " s ago";
		return step.getStepName() + " " + step.getStatus() + ", " + worker + ", " + step.getWriteCount()
				+ " written, last saved " + last;
	}

	/** Partitions of a step found unfinished when the manager's wait ran out. */
	static final class PartitionsLostException extends RuntimeException {

		PartitionsLostException(String message) {
			super(message);
		}

	}

}
