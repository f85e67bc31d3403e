package com.careerbrief.job;

import java.util.Collection;
import java.util.Comparator;

import com.careerbrief.model.RejectedRow;
import com.careerbrief.staging.StagingRepository;

import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.partition.support.StepExecutionAggregator;
import org.springframework.core.NestedExceptionUtils;

/**
 * Adds up a partitioned step's partitions as Spring Batch does (read, write, filter and skip counts,
 * status), together with the row counts they keep in their contexts ({@link StepCounts}). For the
 * table ingest it also applies careerbrief.max-rejected-rows to all partitions together, counted in
 * staging, so that a limit means the same with one partition or eight; each partition also stops on
 * its own as soon as its own rows pass the limit. A failed partition fails the step with its name, its
 * worker and its reason, instead of Spring Batch's "Partition handler returned an unsuccessful step".
 */
class PartitionCountsAggregator implements StepExecutionAggregator {

	private final StepExecutionAggregator counts = new DefaultStepExecutionAggregator();

	private final StagingRepository staging;

	private final long maxRejected;

	/** Counts only, no limit. */
	PartitionCountsAggregator() {
		this(null, -1);
	}

	/** @param maxRejected rejected rows allowed in the run's staging; -1 for no limit */
	PartitionCountsAggregator(StagingRepository staging, long maxRejected) {
		this.staging = staging;
		this.maxRejected = maxRejected;
	}

	@Override
	public void aggregate(StepExecution result, Collection<StepExecution> executions) {
		counts.aggregate(result, executions);
		StepCounts sum = null;
		for (StepExecution partition : executions) {
			if (partition.getExecutionContext().containsKey(StepCounts.ACCEPTED)) {
				sum = sum == null ? new StepCounts(result) : sum;
				sum.add(StepCounts.get(partition, StepCounts.ACCEPTED), StepCounts.get(partition, StepCounts.FILTERED),
						StepCounts.get(partition, StepCounts.REJECTED));
			}
		}
		if (staging != null && maxRejected >= 0) {
			long runId = result.getJobExecution().getJobInstance().getInstanceId();
			long rejected = staging.rejectCount(runId, false);
			if (rejected > maxRejected) {
				RejectedRow last = staging.lastReject(runId).orElseThrow();
				throw new TooManyRejectsException(TableItemWriter.tooMany(maxRejected, rejected, last));
			}
		}
		executions.stream()
			.filter(partition -> partition.getStatus().isUnsuccessful())
			.min(Comparator.comparing(StepExecution::getStepName))
			.ifPresent(partition -> {
				throw new PartitionFailedException(partition.getStepName() + " " + partition.getStatus() + worker(partition)
						+ ": " + why(partition));
			});
	}

	private static String worker(StepExecution partition) {
		String worker = partition.getExecutionContext().getString(RemotePartitionHandler.WORKER, "");
		return worker.isEmpty() ? "" : " (" + worker + ")";
	}

	/**
	 * Why a partition failed: its exception when it ran here, else the first line its worker saved in the
	 * job repository (a remote worker's exceptions stay in its own JVM).
	 */
	private static String why(StepExecution partition) {
		if (!partition.getFailureExceptions().isEmpty()) {
			Throwable root = NestedExceptionUtils.getMostSpecificCause(partition.getFailureExceptions().get(0));
			return root.getClass().getSimpleName() + ": " + root.getMessage();
		}
		String saved = partition.getExitStatus().getExitDescription();
		return saved == null || saved.isBlank() ? "no reason saved" : saved.lines().findFirst().orElseThrow();
	}

	/** A partition of the step failed; the message names it and says why. */
	static final class PartitionFailedException extends RuntimeException {

		PartitionFailedException(String message) {
			super(message);
		}

	}

}
