package com.careerbrief.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.careerbrief.model.Figure;
import com.careerbrief.model.Occupation;
import com.careerbrief.reconcile.JudgedOccupation;
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

	private final Function<String, JudgedOccupation> judged;

	/**
	 * @param judged an occupation's claims as the reliability step of this execution judged them, taken once,
	 *        or null when it did not (after a restart, or on another machine): they are then judged here
	 */
	ReconcileItemProcessor(Reconciler reconciler, OccupationReportAssembler assembler, SourceReliability reliability,
			Function<String, JudgedOccupation> judged) {
		this.reconciler = reconciler;
		this.assembler = assembler;
		this.reliability = reliability;
		this.judged = judged;
	}

	@Override
	public Result process(String soc) {
		JudgedOccupation judged = this.judged.apply(soc);
		return new Result(soc, reconciler.reconcile(judged != null ? judged : judge(reconciler, assembler, soc), reliability));
	}

	/** Judges every claim about one occupation: its own and related figures, its claims and all the run's documents. */
	static JudgedOccupation judge(Reconciler reconciler, OccupationReportAssembler assembler, String soc) {
		Occupation occupation = assembler.occupation(soc);
		List<Figure> own = assembler.ownFigures(soc);
		return reconciler.judge(occupation, own, assembler.relatedFigures(occupation), assembler.claims(soc, own),
				assembler.documents());
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

}
