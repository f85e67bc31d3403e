package com.careerbrief.report.excel;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Benchmark helper: samples the heap every 10 ms, keeping the peak in use (live data plus garbage not yet
 * collected) and the peak left after a collection (live data, the figure that shows whether memory stays flat).
 */
final class HeapWatch {

	private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
		.filter(p -> p.getType() == MemoryType.HEAP)
		.toList();
	private final Thread sampler = new Thread(this::sample, "heap-watch");
	private volatile boolean running = true;
	private volatile long peakInUse;
	private volatile long peakAfterGc;

	private HeapWatch() {
	}

	static HeapWatch start() {
		HeapWatch watch = new HeapWatch();
		watch.sampler.setDaemon(true);
		watch.sampler.start();
		return watch;
	}

	void stop() throws InterruptedException {
		running = false;
		sampler.join();
		measure();
	}

	long peakInUse() {
		return peakInUse;
	}

	long peakAfterGc() {
		return peakAfterGc;
	}

	private void sample() {
		while (running) {
			measure();
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void measure() {
		long inUse = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		long afterGc = pools.stream().map(MemoryPoolMXBean::getCollectionUsage)
			.mapToLong(u -> u == null ? 0 : u.getUsed()).sum();
		peakInUse = Math.max(peakInUse, inUse);
		peakAfterGc = Math.max(peakAfterGc, afterGc);
	}
}
