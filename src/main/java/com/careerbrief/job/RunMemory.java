package com.careerbrief.job;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.careerbrief.reconcile.SourceReliability;

import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * What the steps of one job execution share in memory once it is read from staging: the report
 * assembler (every staged figure, text and claim) and the source reliability estimate. Loaded by the
 * first step that asks, shared by the others and by the threads of a partitioned step, and forgotten
 * when the execution ends. A restart is a new execution, so it reads staging afresh.
 */
@Component
class RunMemory implements JobExecutionListener {

	private long executionId = -1;

	private OccupationReportAssembler assembler;

	private SourceReliability reliability;

	/** Read-only objects the partitions of an execution share, by name: the table formats, the O*NET titles. */
	private final Map<String, Object> shared = new HashMap<>();

	synchronized OccupationReportAssembler assembler(long jobExecutionId, Supplier<OccupationReportAssembler> load) {
		forget(jobExecutionId);
		if (assembler == null) {
			assembler = load.get();
		}
		return assembler;
	}

	synchronized SourceReliability reliability(long jobExecutionId, Supplier<SourceReliability> restore) {
		forget(jobExecutionId);
		if (reliability == null) {
			reliability = restore.get();
		}
		return reliability;
	}

	/**
	 * A read-only object of the execution, made by the first partition that asks (the others wait for it)
	 * and shared with them: on this machine, or on a worker, where one execution's partitions follow one
	 * another.
	 */
	synchronized <T> T shared(long jobExecutionId, String name, Class<T> type, Supplier<T> load) {
		forget(jobExecutionId);
		return type.cast(shared.computeIfAbsent(name, n -> load.get()));
	}

	/** The estimate just made by the reliability step, so the reconcile step need not restore it. */
	synchronized void remember(long jobExecutionId, SourceReliability estimate) {
		forget(jobExecutionId);
		reliability = estimate;
	}

	private void forget(long jobExecutionId) {
		if (jobExecutionId != executionId) {
			executionId = jobExecutionId;
			assembler = null;
			reliability = null;
			shared.clear();
		}
	}

	@Override
	public synchronized void afterJob(JobExecution jobExecution) {
		forget(-1);
	}

}
