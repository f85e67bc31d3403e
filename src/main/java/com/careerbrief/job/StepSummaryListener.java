package com.careerbrief.job;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.explore.JobExplorer;

/**
 * Prints one line per step as it starts and as it ends (read, written, filtered, rejected, duration) and a summary
 * table when the run ends. The table is read back from the job repository, where remote workers saved their
 * partitions (the manager's own copies of them are the ones it sent), and names the worker of each.
 */
class StepSummaryListener implements StepExecutionListener, JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(StepSummaryListener.class);

	private final JobExplorer explorer;

	StepSummaryListener(JobExplorer explorer) {
		this.explorer = explorer;
	}

	@Override
	public void beforeStep(StepExecution step) {
		log.info("Step {} started", step.getStepName());
	}

	@Override
	public ExitStatus afterStep(StepExecution step) {
		log.info(line(step));
		return null;
	}

	@Override
	public void afterJob(JobExecution job) {
		List<String> rows = new ArrayList<>();
		rows.add(String.format("%-30s %-10s %10s %10s %10s %10s %9s", "step", "status", "read", "written", "filtered",
				"rejected", "seconds"));
		JobExecution saved = explorer.getJobExecution(job.getId());
		for (StepExecution step : inOrder((saved == null ? job : saved).getStepExecutions())) {
			String worker = step.getExecutionContext().getString(RemotePartitionHandler.WORKER, "");
			rows.add(String.format("%-30s %-10s %10d %10d %10d %10d %9.1f%s", step.getStepName(), step.getStatus(),
					step.getReadCount(), written(step), filtered(step), rejected(step), seconds(step),
					worker.isEmpty() ? "" : "   " + worker).stripTrailing());
		}
		log.info("Run {} {}:\n{}\n{}", job.getJobInstance().getInstanceId(), job.getStatus(), String.join("\n", rows),
				peakHeap());
	}

	/**
	 * Steps in the order they ran, each partitioned step followed by its partitions in number order, files2
	 * before files10 (they are created, and saved, in no useful order).
	 */
	static List<StepExecution> inOrder(Collection<StepExecution> steps) {
		List<StepExecution> partitions = steps.stream()
			.filter(s -> s.getStepName().contains(":"))
			.sorted(Comparator.comparing((StepExecution s) -> s.getStepName().replaceAll("\\d+$", ""))
				.thenComparingInt(s -> s.getStepName().replaceAll("^.*?(\\d*)$", "0$1").length())
				.thenComparing(StepExecution::getStepName))
			.collect(Collectors.toCollection(ArrayList::new));
		List<StepExecution> ordered = new ArrayList<>();
		for (StepExecution step : steps) {
			if (!step.getStepName().contains(":")) {
				ordered.add(step);
				String prefix = step.getStepName() + "Worker:";
				partitions.stream().filter(p -> p.getStepName().startsWith(prefix)).forEach(ordered::add);
				partitions.removeIf(p -> p.getStepName().startsWith(prefix));
			}
		}
		ordered.addAll(partitions);
		return ordered;
	}

	/**
	 * The most heap this JVM has held since it started, as the sum of each heap pool's own peak (an upper
	 * bound: the pools need not peak together), next to the maximum it may take (-Xmx).
	 */
	static String peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return String.format("heap pools' peaks summed: %d MB (an upper bound on the heap used; maximum %d MB)", peak >> 20,
				ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() >> 20);
	}

	static String line(StepExecution step) {
		return String.format("Step %s %s: read %d, written %d, filtered %d, rejected %d, %.1f s", step.getStepName(),
				step.getStatus(), step.getReadCount(), written(step), filtered(step), rejected(step), seconds(step));
	}

	private static long written(StepExecution step) {
		long accepted = StepCounts.get(step, StepCounts.ACCEPTED);
		return step.getExecutionContext().containsKey(StepCounts.ACCEPTED) ? accepted : step.getWriteCount();
	}

	private static long filtered(StepExecution step) {
		return step.getFilterCount() + StepCounts.get(step, StepCounts.FILTERED);
	}

	private static long rejected(StepExecution step) {
		return step.getSkipCount() + StepCounts.get(step, StepCounts.REJECTED);
	}

	private static double seconds(StepExecution step) {
		LocalDateTime start = step.getStartTime();
		LocalDateTime end = step.getEndTime() != null ? step.getEndTime() : LocalDateTime.now();
		return start == null ? 0 : Duration.between(start, end).toMillis() / 1000.0;
	}

}
