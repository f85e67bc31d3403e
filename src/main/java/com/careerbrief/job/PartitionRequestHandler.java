package com.careerbrief.job;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.careerbrief.run.RunLauncher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobInterruptedException;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.integration.StaticMessageHeaderAccessor;
import org.springframework.integration.acks.AcknowledgmentCallback;
import org.springframework.messaging.Message;

/**
 * A worker's side of a remote partitioned step: runs the partition a request names, against the shared
 * job repository. Spring Batch Integration's {@code StepExecutionRequestHandler} does the same, less
 * these guards:
 * <ul>
 * <li>the request is acknowledged before the partition runs, so the broker never hands it to a second
 * worker while this one runs it (a broker restart would otherwise redeliver it);</li>
 * <li>only a partition still STARTING (as the manager created it) runs, and the worker claims it in the
 * job repository first (optimistic locking): a request delivered twice, or to two workers at once, runs
 * once, and a partition that already ended is never written again;</li>
 * <li>a worker whose settings (states, tolerances, charts) differ from the run's refuses the partition,
 * so no brief is written under the wrong settings.</li>
 * </ul>
 */
class PartitionRequestHandler {

	private static final Logger log = LoggerFactory.getLogger(PartitionRequestHandler.class);

	private final JobExplorer explorer;

	private final JobRepository repository;

	private final Map<String, Step> steps;

	private final String settings;

	private final String identity;

	PartitionRequestHandler(JobExplorer explorer, JobRepository repository, List<Step> steps, String settings) {
		this.explorer = explorer;
		this.repository = repository;
		this.steps = steps.stream().collect(Collectors.toMap(Step::getName, Function.identity(), (a, b) -> a));
		this.settings = settings;
		this.identity = "worker " + host() + " pid " + ProcessHandle.current().pid();
	}

	void handle(Message<?> message) {
		AcknowledgmentCallback ack = StaticMessageHeaderAccessor.getAcknowledgmentCallback(message);
		if (ack != null) {
			ack.acknowledge(AcknowledgmentCallback.Status.ACCEPT);
		}
		if (!(message.getPayload() instanceof StepExecutionRequest request)) {
			log.warn("Ignored a message that is not a partition request: {}", message.getPayload());
			return;
		}
		StepExecution partition = explorer.getStepExecution(request.getJobExecutionId(), request.getStepExecutionId());
		if (partition == null) {
			log.warn("Ignored a request for step execution {} of job execution {}: the job repository has no such "
					+ "partition (is this worker on the manager's database?)", request.getStepExecutionId(),
					request.getJobExecutionId());
			return;
		}
		String name = partition.getStepName() + " of run " + partition.getJobExecution().getJobInstance().getInstanceId();
		if (partition.getStatus() != BatchStatus.STARTING) {
			log.info("Ignored a request for {}: it is already {} (a request delivered twice)", name,
					partition.getStatus());
			return;
		}
		Step step = steps.get(request.getStepName());
		String runSettings = partition.getJobExecution().getJobParameters().getString(RunLauncher.SETTINGS);
		if (step == null || (runSettings != null && !runSettings.equals(settings))) {
			refuse(partition, step == null ? "this worker has no step " + request.getStepName()
					: "the run's settings [" + runSettings + "] differ from this worker's [" + settings
							+ "]; start the worker with the manager's --states and careerbrief.* settings");
			return;
		}
		if (!claim(partition)) {
			log.info("Ignored a request for {}: another worker claimed it first (a request delivered twice)", name);
			return;
		}
		log.info("{}: running {}", identity, name);
		try {
			step.execute(partition);
		}
		catch (JobInterruptedException ex) {
			partition.setStatus(BatchStatus.STOPPED);
			repository.update(partition);
		}
		catch (RuntimeException ex) {
			log.error("{} failed", name, ex);
		}
	}

	/** Marks the partition STARTED by this worker; false when another worker saved it first. */
	private boolean claim(StepExecution partition) {
		partition.setStatus(BatchStatus.STARTED);
		partition.getExecutionContext().putString(RemotePartitionHandler.WORKER, identity);
		try {
			repository.update(partition);
			repository.updateExecutionContext(partition);
			return true;
		}
		catch (OptimisticLockingFailureException ex) {
			return false;
		}
	}

	private void refuse(StepExecution partition, String reason) {
		log.error("Refused {}: {}", partition.getStepName(), reason);
		partition.setStatus(BatchStatus.FAILED);
		partition.setExitStatus(ExitStatus.FAILED.addExitDescription("Refused by " + identity + ": " + reason));
		partition.setEndTime(LocalDateTime.now());
		repository.update(partition);
	}

	private static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "unknown-host";
		}
	}

}
