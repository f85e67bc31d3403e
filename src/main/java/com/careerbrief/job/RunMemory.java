package com.careerbrief.job;

import java.lang.ref.SoftReference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.reconcile.JudgedOccupation;
import com.careerbrief.reconcile.SourceReliability;
import com.careerbrief.staging.StagedTables;
import com.careerbrief.staging.StagingRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.stereotype.Component;

/**
 * What the steps of one job execution share in memory once it is read from staging or made: every staged
 * figure and text, the report assembler (which adds the claims and keeps the occupations reconciled in this
 * JVM), the source reliability estimate and the claims it judged. Loaded by the first step that asks,
 * shared by the others and by the threads of a partitioned step, and forgotten when the execution ends (on
 * a remote worker, which hears of no job's end, when a partition of another execution arrives). A restart
 * is a new execution, so it reads staging afresh.
 */
@Component
class RunMemory implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(RunMemory.class);

	private long executionId = -1;

	private StagedTables staged;

	/**
	 * The table rows this JVM staged in this execution; null until the first chunk, and once taken or when
	 * staging changed; empty when the heap dropped them or keeping a chunk failed, so never used after that.
	 */
	private SoftReference<StagedTables.Ingested> ingested;

	private OccupationReportAssembler assembler;

	private SourceReliability reliability;

	/**
	 * Claims the reliability step judged, per occupation, until the reconcile step takes them; softly held,
	 * so a heap that runs short drops them and the reconcile step judges those occupations again.
	 */
	private Map<String, SoftReference<JudgedOccupation>> judged = new HashMap<>();

	/** Read-only objects the partitions of an execution share, by name: the table formats, the O*NET titles. */
	private final Map<String, Object> shared = new HashMap<>();

	/**
	 * Every staged figure and text of the run, for the first step that asks (the catalog, or the assembler):
	 * what this JVM's table ingest staged in this execution if that is all staging holds, else read from staging.
	 */
	synchronized StagedTables staged(long jobExecutionId, StagingRepository staging, long runId) {
		forget(jobExecutionId);
		if (staged == null) {
			StagedTables.Ingested here = ingested == null ? null : ingested.get();
			ingested = null;
			staged = Optional.ofNullable(here)
				.flatMap(i -> i.ifComplete(staging.stagedPerFile(runId)))
				.orElse(null);
			if (staged != null) {
				log.info("Staged tables taken from this execution's ingest ({} figures, {} texts), not read back",
						staged.figures().size(), staged.texts().size());
			}
			else {
				staged = StagedTables.read(staging, runId);
				log.info("Staged tables read from staging ({} figures, {} texts)", staged.figures().size(),
						staged.texts().size());
			}
		}
		return staged;
	}

	/**
	 * Keeps the rows of a chunk the table ingest has just committed, softly held: a heap that runs short drops
	 * them, and the staged tables are then read back from staging. So they are too if keeping fails: the chunk
	 * is committed, so its step must not fail now.
	 */
	void keepIngested(long jobExecutionId, List<? extends TableItem> items) {
		StagedTables.Ingested here;
		synchronized (this) {
			forget(jobExecutionId);
			if (ingested == null) {
				here = new StagedTables.Ingested();
				ingested = new SoftReference<>(here);
			}
			else {
				here = ingested.get();
			}
		}
		if (here == null) {
			return; // dropped or failed before: what comes next would be incomplete
		}
		try {
			here.add(items);
		}
		catch (RuntimeException ex) {
			log.warn("Could not keep the rows of a committed chunk in memory ({}); the staged tables will be read back", ex.toString());
			synchronized (this) {
				ingested = new SoftReference<>(null);
			}
		}
	}

	/** Staging changed under the figures read (the catalog set a partial survey aside): read them again when next asked. */
	synchronized void forgetStaged(long jobExecutionId) {
		forget(jobExecutionId);
		staged = null;
		ingested = null;
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
		judged = new HashMap<>();
		bySoc.forEach((soc, j) -> judged.put(soc, new SoftReference<>(j)));
	}

	/**
	 * An occupation's claims as the reliability step of this execution judged them (once: it is then
	 * forgotten), or null when they were not judged in this JVM or the heap needed the room.
	 */
	synchronized JudgedOccupation takeJudged(long jobExecutionId, String soc) {
		forget(jobExecutionId);
		SoftReference<JudgedOccupation> held = judged.remove(soc);
		return held == null ? null : held.get();
	}

	/**
	 * Forgets, when the step it listens to ends, the judgements no partition took: under the {@code manager}
	 * profile the reconcile partitions run on workers, which judge for themselves.
	 */
	StepExecutionListener forgetJudgementsAfterStep() {
		return new StepExecutionListener() {
			@Override
			public ExitStatus afterStep(StepExecution stepExecution) {
				synchronized (RunMemory.this) {
					forget(stepExecution.getJobExecutionId());
					judged = new HashMap<>();
				}
				return null;
			}
		};
	}

	private void forget(long jobExecutionId) {
		if (jobExecutionId != executionId) {
			executionId = jobExecutionId;
			staged = null;
			ingested = null;
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
