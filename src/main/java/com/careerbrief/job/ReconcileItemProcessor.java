package com.careerbrief.job;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.careerbrief.model.Claim;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Occupation;
import com.careerbrief.reconcile.ReconcileProperties;
import com.careerbrief.reconcile.ReconciledOccupation;
import com.careerbrief.reconcile.Reconciler;
import com.careerbrief.reconcile.SourceReliability;

import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.annotation.BeforeStep;
import org.springframework.batch.item.ItemProcessor;

/**
 * Reconciles one occupation: its official figures, the figures of hybrid codes containing it, and
 * every claim about it (articles, agency and other tables), weighed by source reliability estimated
 * once per run over all occupations.
 */
class ReconcileItemProcessor implements ItemProcessor<String, ReconcileItemProcessor.Result> {

	/** One occupation's reconciliation, with its code. */
	record Result(String socCode, ReconciledOccupation reconciled) {
	}

	private final Reconciler reconciler;

	private final ReconcileProperties properties;

	private final OccupationReportAssembler assembler;

	private final StagingRepository staging;

	private final long runId;

	private SourceReliability reliability;

	ReconcileItemProcessor(Reconciler reconciler, ReconcileProperties properties, OccupationReportAssembler assembler,
			StagingRepository staging, long runId) {
		this.reconciler = reconciler;
		this.properties = properties;
		this.assembler = assembler;
		this.staging = staging;
		this.runId = runId;
	}

	@BeforeStep
	void estimateReliability(StepExecution stepExecution) {
		Map<String, List<Claim>> claims = new HashMap<>();
		Map<String, List<Figure>> figures = new HashMap<>();
		for (String soc : staging.occupationCodes(runId)) {
			Occupation occupation = staging.occupation(runId, soc);
			List<Figure> own = assembler.ownFigures(soc);
			claims.put(soc, assembler.claims(soc, own));
			List<Figure> all = new java.util.ArrayList<>(own);
			all.addAll(assembler.relatedFigures(occupation));
			figures.put(soc, all);
		}
		reliability = SourceReliability.estimate(properties, claims, figures);
		staging.saveSourceWeights(runId, reliability.ledger());
	}

	@Override
	public Result process(String soc) {
		Occupation occupation = staging.occupation(runId, soc);
		List<Figure> own = assembler.ownFigures(soc);
		ReconciledOccupation reconciled = reconciler.reconcile(occupation, own, assembler.relatedFigures(occupation),
				assembler.claims(soc, own), assembler.documents(), reliability);
		return new Result(soc, reconciled);
	}

}
