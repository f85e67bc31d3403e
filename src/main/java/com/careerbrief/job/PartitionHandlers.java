package com.careerbrief.job;

import org.springframework.batch.core.Step;
import org.springframework.batch.core.partition.PartitionHandler;

/**
 * How a per-occupation step runs its partitions: on local threads by default, or on remote workers over
 * the broker under the {@code manager} profile ({@link RemotePartitioningConfiguration}).
 */
@FunctionalInterface
interface PartitionHandlers {

	/** The handler that runs {@code worker} once per partition. */
	PartitionHandler forWorker(Step worker);

}
