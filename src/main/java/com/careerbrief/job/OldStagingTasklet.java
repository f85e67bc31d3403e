package com.careerbrief.job;

import java.util.Set;
import java.util.TreeSet;

import com.careerbrief.staging.StagingRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first step of a new run: removes the staged rows of earlier runs that completed, so the state
 * folder holds one run's staging (about 350 MB on the shipped input) instead of growing by that much
 * with every run. A run that failed, was stopped or was killed keeps its rows, since the next launch
 * with its inputs resumes it. The last completed run's rows stay until the next run starts.
 */
class OldStagingTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(OldStagingTasklet.class);

	private final StagingRepository staging;

	private final JobExplorer explorer;

	private final TransactionTemplate outsideTransaction;

	OldStagingTasklet(StagingRepository staging, JobExplorer explorer, PlatformTransactionManager tx) {
		this.staging = staging;
		this.explorer = explorer;
		// TRUNCATE commits in H2: run it on a connection of its own, with the step's transaction set aside.
		this.outsideTransaction = new TransactionTemplate(tx);
		this.outsideTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobExecution current = chunkContext.getStepContext().getStepExecution().getJobExecution();
		Set<Long> kept = resumable(current);
		long start = System.nanoTime();
		StagingRepository.Removed removed = outsideTransaction.execute(status -> staging.removeRunsOtherThan(kept));
		String took = String.format("%.1f s", (System.nanoTime() - start) / 1e9);
		Set<Long> others = new TreeSet<>(kept);
		others.remove(current.getJobInstance().getInstanceId());
		if (others.isEmpty()) {
			log.info("Staging of earlier runs removed (all {} tables emptied, {})", removed.tablesTruncated(), took);
		}
		else {
			log.info("Staging of earlier completed runs removed ({} rows deleted, tables emptied: {}, {}); kept for a "
					+ "resume: run(s) {}", removed.rowsDeleted(), removed.tablesTruncated(), took, others);
		}
		return RepeatStatus.FINISHED;
	}

	/** This run, and every run of the job whose last execution neither completed nor was abandoned. */
	private Set<Long> resumable(JobExecution current) {
		Set<Long> kept = new TreeSet<>();
		kept.add(current.getJobInstance().getInstanceId());
		String job = current.getJobInstance().getJobName();
		for (JobInstance instance : explorer.getJobInstances(job, 0, Integer.MAX_VALUE)) {
			JobExecution last = explorer.getLastJobExecution(instance);
			if (last != null && last.getStatus() != BatchStatus.COMPLETED && last.getStatus() != BatchStatus.ABANDONED) {
				kept.add(instance.getInstanceId());
			}
		}
		return kept;
	}

}
