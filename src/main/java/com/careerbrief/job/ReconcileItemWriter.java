package com.careerbrief.job;

import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;

/** Stages each occupation's verdicts, chosen figures and conflicts. */
class ReconcileItemWriter implements ItemWriter<ReconcileItemProcessor.Result> {

	private final StagingRepository staging;

	private final long runId;

	ReconcileItemWriter(StagingRepository staging, long runId) {
		this.staging = staging;
		this.runId = runId;
	}

	@Override
	public void write(Chunk<? extends ReconcileItemProcessor.Result> chunk) {
		for (ReconcileItemProcessor.Result result : chunk) {
			staging.saveReconciled(runId, result.socCode(), result.reconciled());
		}
	}

}
