package com.careerbrief.job;

import org.springframework.batch.core.Step;
import org.springframework.batch.core.partition.PartitionHandler;

/**
 * How a per-occupation step runs its partitions: on local threads by default, or on remote workers over
 * the broker under the {@code manager} profile ({@link RemotePartitioningConfiguration}).
 */
@FunctionalInterface
interface PartitionHandlers {

	/**
	 * The handler that runs {@code worker} once per partition.
	 *
	 * @param localGridSize how many partitions on this JVM's threads (the remote handler asks for
	 *        {@code careerbrief.remote.partitions} instead, one per share a worker takes)
	 */
	PartitionHandler forWorker(Step worker, int localGridSize);

}
