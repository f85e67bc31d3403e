package com.careerbrief.job;

import java.util.List;

import com.careerbrief.staging.StagingRepository;

import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stages each occupation's verdicts, chosen figures and conflicts, and hands them to the execution's report
 * assembler, so the report steps that follow in this JVM need not read them back.
 */
class ReconcileItemWriter implements ItemWriter<ReconcileItemProcessor.Result> {

	private final StagingRepository staging;

	private final long runId;

	private final OccupationReportAssembler assembler;

	ReconcileItemWriter(StagingRepository staging, long runId, OccupationReportAssembler assembler) {
		this.staging = staging;
		this.runId = runId;
		this.assembler = assembler;
	}

	@Override
	public void write(Chunk<? extends ReconcileItemProcessor.Result> chunk) {
		for (ReconcileItemProcessor.Result result : chunk) {
			staging.saveReconciled(runId, result.socCode(), result.reconciled());
		}
		// Kept in memory only once staged for good (the chunk's transaction committed): a chunk rolled back
		// leaves nothing the reports could use.
		List<ReconcileItemProcessor.Result> staged = List.copyOf(chunk.getItems());
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				staged.forEach(r -> assembler.remember(r.socCode(), r.reconciled()));
			}
		});
	}

}
