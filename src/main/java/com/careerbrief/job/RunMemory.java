package com.careerbrief.job;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.careerbrief.reconcile.JudgedOccupation;
import com.careerbrief.reconcile.SourceReliability;

import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * What the steps of one job execution share in memory once it is read from staging: every staged
 * figure and text, the report assembler (which adds the claims) and the source reliability estimate. Loaded by the
 * first step that asks, shared by the others and by the threads of a partitioned step, and forgotten
 * when the execution ends. A restart is a new execution, so it reads staging afresh.
 */
@Component
class RunMemory implements JobExecutionListener {

	private long executionId = -1;

	private StagedTables staged;

	private OccupationReportAssembler assembler;

	private SourceReliability reliability;

	/** Claims the reliability step judged, per occupation, until the reconcile step takes them. */
	private Map<String, JudgedOccupation> judged = new HashMap<>();

	/** Read-only objects the partitions of an execution share, by name: the table formats, the O*NET titles. */
	private final Map<String, Object> shared = new HashMap<>();

	/** Every staged figure and text of the run, read by the first step that asks (the catalog, or the assembler). */
	synchronized StagedTables staged(long jobExecutionId, Supplier<StagedTables> load) {
		forget(jobExecutionId);
		if (staged == null) {
			staged = load.get();
		}
		return staged;
	}

	/** Staging changed under the figures read (the catalog set a partial survey aside): read them again when next asked. */
	synchronized void forgetStaged(long jobExecutionId) {
		forget(jobExecutionId);
		staged = null;
		assembler = null;
	}

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

	/** The claims just judged by the reliability step, per occupation, so the reconcile step need not judge them again. */
	synchronized void rememberJudged(long jobExecutionId, Map<String, JudgedOccupation> bySoc) {
		forget(jobExecutionId);
		judged = new HashMap<>(bySoc);
	}

	/** An occupation's claims as the reliability step of this execution judged them (once: it is then forgotten), or null. */
	synchronized JudgedOccupation takeJudged(long jobExecutionId, String soc) {
		forget(jobExecutionId);
		return judged.remove(soc);
	}

	private void forget(long jobExecutionId) {
		if (jobExecutionId != executionId) {
			executionId = jobExecutionId;
			staged = null;
			assembler = null;
			reliability = null;
			judged = new HashMap<>();
			shared.clear();
		}
	}

	@Override
	public synchronized void afterJob(JobExecution jobExecution) {
		forget(-1);
	}

}
