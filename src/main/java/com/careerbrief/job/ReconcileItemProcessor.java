package com.careerbrief.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.careerbrief.model.Claim;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Occupation;
import com.careerbrief.reconcile.ReconciledOccupation;
import com.careerbrief.reconcile.Reconciler;
import com.careerbrief.reconcile.SourceReliability;

import org.springframework.batch.item.ItemProcessor;

/**
 * Reconciles one occupation: its official figures, the figures of hybrid codes containing it, and
 * every claim about it (articles, agency and other tables), weighed by the source reliability the
 * run estimated once over all occupations (step estimateReliability).
 */
class ReconcileItemProcessor implements ItemProcessor<String, ReconcileItemProcessor.Result> {

	/** One occupation's reconciliation, with its code. */
	record Result(String socCode, ReconciledOccupation reconciled) {
	}

	private final Reconciler reconciler;

	private final OccupationReportAssembler assembler;

	private final SourceReliability reliability;

	ReconcileItemProcessor(Reconciler reconciler, OccupationReportAssembler assembler, SourceReliability reliability) {
		this.reconciler = reconciler;
		this.assembler = assembler;
		this.reliability = reliability;
	}

	@Override
	public Result process(String soc) {
		Occupation occupation = assembler.occupation(soc);
		List<Figure> own = assembler.ownFigures(soc);
		ReconciledOccupation reconciled = reconciler.reconcile(occupation, own, assembler.relatedFigures(occupation),
				assembler.claims(soc, own), assembler.documents(), reliability);
		return new Result(soc, reconciled);
	}

	/** Per occupation code, its own and related figures: what the reliability estimate and the wage shape learn from. */
	static Map<String, List<Figure>> figuresBySoc(OccupationReportAssembler assembler, List<String> codes) {
		Map<String, List<Figure>> figures = new HashMap<>();
		for (String soc : codes) {
			List<Figure> all = new ArrayList<>(assembler.ownFigures(soc));
			all.addAll(assembler.relatedFigures(assembler.occupation(soc)));
			figures.put(soc, all);
		}
		return figures;
	}

	/** Per occupation code, every claim about it. */
	static Map<String, List<Claim>> claimsBySoc(OccupationReportAssembler assembler, List<String> codes) {
		Map<String, List<Claim>> claims = new HashMap<>();
		for (String soc : codes) {
			claims.put(soc, assembler.claims(soc, assembler.ownFigures(soc)));
		}
		return claims;
	}

}
