package com.careerbrief.job;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import com.careerbrief.run.RunJournal;
import com.careerbrief.run.UnfinishedRuns;
import com.careerbrief.staging.StagingRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first step of a new run: removes the staged rows of every other run, so the state folder holds one
 * run's staging (about 350 MB on the shipped input) instead of growing by that much with every run.
 *
 * <p>No other run can be resumed from here on: a run is resumed by launching its inputs and settings
 * again, and this run was not a resume, so every run that did not complete had other inputs or settings,
 * or was forced. Those runs are first marked ABANDONED, and a later launch of their inputs runs them
 * afresh instead of resuming without their staging (RunLauncher). The run lock (one process per state
 * folder, and runs sharing a database share that folder) means no other run is still going.
 */
class OldStagingTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(OldStagingTasklet.class);

	private final StagingRepository staging;

	private final JobExplorer explorer;

	private final JobRepository repository;

	private final RunJournal journal;

	private final TransactionTemplate outsideTransaction;

	OldStagingTasklet(StagingRepository staging, JobExplorer explorer, JobRepository repository, RunJournal journal,
			PlatformTransactionManager tx) {
		this.staging = staging;
		this.journal = journal;
		this.explorer = explorer;
		this.repository = repository;
		// Each mark is committed before any row goes, and TRUNCATE commits in H2: both run outside the step's
		// transaction, on connections of their own.
		this.outsideTransaction = new TransactionTemplate(tx);
		this.outsideTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobExecution current = chunkContext.getStepContext().getStepExecution().getJobExecution();
		long runId = current.getJobInstance().getInstanceId();
		long start = System.nanoTime();
		List<Long> abandoned = new ArrayList<>();
		StagingRepository.Removed removed = outsideTransaction.execute(status -> {
			abandoned.addAll(abandonUnfinished(current));
			return staging.removeRunsOtherThan(Set.of(runId));
		});
		String took = String.format("%.1f s", (System.nanoTime() - start) / 1e9);
		log.info("Staging of earlier runs removed (tables emptied: {}, rows deleted: {}, {}){}", removed.tablesTruncated(),
				removed.rowsDeleted(), took, abandoned.isEmpty() ? ""
						: "; runs " + abandoned + " did not complete and are abandoned: launching their inputs again runs them afresh");
		return RepeatStatus.FINISHED;
	}

	/**
	 * Marks ABANDONED every other run of the job whose last execution neither completed nor was abandoned,
	 * among the runs that still have staging: older ones lost theirs to an earlier run of this step, so only
	 * the runs since the last one are read, not the whole history.
	 */
	private List<Long> abandonUnfinished(JobExecution current) {
		List<Long> abandoned = new ArrayList<>();
		OptionalLong oldest = staging.oldestStagedRun();
		if (oldest.isEmpty()) {
			return abandoned;
		}
		// Newest first; a run older than the oldest staged one has nothing a resume could miss.
		for (JobInstance instance : explorer.getJobInstances(current.getJobInstance().getJobName(), 0, Integer.MAX_VALUE)) {
			if (instance.getInstanceId() < oldest.getAsLong()) {
				break;
			}
			if (instance.getInstanceId() == current.getJobInstance().getInstanceId()) {
				continue;
			}
			JobExecution last = explorer.getLastJobExecution(instance);
			if (last != null && last.getStatus() != BatchStatus.COMPLETED && last.getStatus() != BatchStatus.ABANDONED) {
				abandon(last, current.getJobInstance().getInstanceId());
				abandoned.add(instance.getInstanceId());
			}
		}
		return abandoned;
	}

	/**
	 * Marks one run ABANDONED in the job repository and the run history, with the steps it left running: a
	 * remote worker takes no partition that is not STARTING any more. A killed run ends when it was last seen,
	 * not when this run started.
	 */
	private void abandon(JobExecution last, long byRun) {
		LocalDateTime lastSeen = UnfinishedRuns.lastSeen(last);
		UnfinishedRuns.endRunningSteps(repository, last, BatchStatus.ABANDONED, lastSeen);
		last.setStatus(BatchStatus.ABANDONED);
		// The note first: a failure's description (a stack trace) is cut at the column's length.
		last.setExitStatus(new ExitStatus("ABANDONED", "staging removed when run " + byRun + " started")
			.and(last.getExitStatus()));
		if (last.getEndTime() == null) {
			last.setEndTime(lastSeen);
		}
		repository.update(last);
		journal.abandoned(last, byRun);
	}

}
