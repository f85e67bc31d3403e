package com.careerbrief.job;

import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;

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
			assembler.remember(result.socCode(), result.reconciled());
		}
	}

}
