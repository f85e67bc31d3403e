package com.careerbrief.config;

import java.time.Duration;

/**
 * Remote partitioning ({@code careerbrief.remote.*}, profiles {@code manager} and {@code worker}; README
 * "Running on several machines"). Every machine of a run must use the same queue.
 *
 * @param queue the broker queue the manager sends partition requests to and the workers take them from
 * @param partitions partitions the manager cuts each per-occupation step into; more than the workers, so
 *        that a worker that starts late still finds work and a fast worker takes more
 * @param stallTimeout how long a running partition may go without its worker saving anything (a chunk, a
 *        claim) before the manager takes it for lost (its worker killed), fails the run and leaves the
 *        partition to the next launch; longer than a chunk takes (20 briefs with all their state editions)
 * @param timeout how long the manager waits at most for all partitions of a step, even when no worker
 *        takes them; the unfinished ones are then taken for lost the same way
 * @param pollInterval how often the manager reads the job repository for finished partitions
 * @param workerPollInterval how often an idle worker asks the broker for a partition request
 */
public record RemoteProperties(String queue, int partitions, Duration stallTimeout, Duration timeout,
		Duration pollInterval,
		Duration workerPollInterval) {

	public RemoteProperties {
		queue = queue == null || queue.isBlank() ? "careerbrief.partitions" : queue;
		partitions = partitions > 0 ? partitions : 8;
		stallTimeout = stallTimeout == null ? Duration.ofMinutes(10) : stallTimeout;
		timeout = timeout == null ? Duration.ofHours(24) : timeout;
		pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
		workerPollInterval = workerPollInterval == null ? Duration.ofMillis(500) : workerPollInterval;
	}

	/** Every setting at its default. */
	static RemoteProperties defaults() {
		return new RemoteProperties(null, 0, null, null, null, null);
	}

}
