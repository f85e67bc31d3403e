package com.careerbrief.job;

import java.util.ArrayList;
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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	private static final Logger log = LoggerFactory.getLogger(ReconcileItemProcessor.class);

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

	/** What the reconciler needs about one occupation, read once from staging. */
	private record Inputs(Occupation occupation, List<Figure> own, List<Figure> related, List<Claim> claims) {
	}

	/** Filled while estimating reliability, which reads every occupation anyway, and used by process(). */
	private final Map<String, Inputs> inputs = new HashMap<>();

	@BeforeStep
	void estimateReliability(StepExecution stepExecution) {
		long started = System.nanoTime();
		Map<String, List<Claim>> claims = new HashMap<>();
		Map<String, List<Figure>> figures = new HashMap<>();
		for (String soc : staging.occupationCodes(runId)) {
			Inputs in = read(soc);
			inputs.put(soc, in);
			claims.put(soc, in.claims());
			List<Figure> all = new ArrayList<>(in.own());
			all.addAll(in.related());
			figures.put(soc, all);
		}
		reliability = SourceReliability.estimate(properties, claims, figures);
		staging.saveSourceWeights(runId, reliability.ledger());
		staging.saveSourceDependences(runId, reliability.dependences().all());
		log.info("reconcile: source reliability estimated over {} occupations in {} s; a wrong claim draws from {} "
				+ "different wrong values (measured; agreeing sources count for more the higher it is); wage shape {}; "
				+ "{} sources probably copy another",
				inputs.size(), String.format("%.1f", (System.nanoTime() - started) / 1e9),
				String.format(java.util.Locale.US, "%.1f", reliability.falseValues()),
				reliability.shape().isEmpty() ? "not learned (too few official figures)" : "learned from the official figures",
				reliability.dependences().all().stream().map(d -> d.sourceId()).distinct().count());
	}

	private Inputs read(String soc) {
		Occupation occupation = assembler.occupation(soc);
		List<Figure> own = assembler.ownFigures(soc);
		return new Inputs(occupation, own, assembler.relatedFigures(occupation), assembler.claims(soc, own));
	}

	@Override
	public Result process(String soc) {
		Inputs in = inputs.containsKey(soc) ? inputs.remove(soc) : read(soc);
		ReconciledOccupation reconciled = reconciler.reconcile(in.occupation(), in.own(), in.related(), in.claims(),
				assembler.documents(), reliability);
		return new Result(soc, reconciled);
	}

}
