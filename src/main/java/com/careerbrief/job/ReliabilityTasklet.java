package com.careerbrief.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import com.careerbrief.reconcile.JudgedOccupation;
import com.careerbrief.reconcile.ReconcileProperties;
import com.careerbrief.reconcile.Reconciler;
import com.careerbrief.reconcile.SourceDependences;
import com.careerbrief.reconcile.SourceReliability;
import com.careerbrief.staging.StagingRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * Estimates once per run, over all occupations, how reliable each source is and which sources copy one
 * another, and stages it (the source ledger, the dependent pairs, and in the job's context the measured
 * number of wrong values) for the partitions of the reconcile step, wherever they run.
 */
class ReliabilityTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ReliabilityTasklet.class);

	/** Job execution context key: how many different wrong values a wrong claim draws from. */
	static final String FALSE_VALUES = "reliability.falseValues";

	private final ReconcileProperties properties;

	private final Reconciler reconciler;

	private final OccupationReportAssembler assembler;

	private final StagingRepository staging;

	private final RunMemory memory;

	private final long runId;

	ReliabilityTasklet(ReconcileProperties properties, Reconciler reconciler, OccupationReportAssembler assembler,
			StagingRepository staging, RunMemory memory, long runId) {
		this.properties = properties;
		this.reconciler = reconciler;
		this.assembler = assembler;
		this.staging = staging;
		this.memory = memory;
		this.runId = runId;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long started = System.nanoTime();
		List<String> codes = staging.occupationCodes(runId);
		// Each occupation's claims are judged once, in parallel, for this estimate and for the reconcile step
		// of this execution, which chooses from the same judgements (a restart or a remote worker judges again).
		List<JudgedOccupation> judged = codes.parallelStream()
			.map(soc -> ReconcileItemProcessor.judge(reconciler, assembler, soc))
			.toList();
		// Counted in the order the estimate has always used (that of a hash map of the codes), which the ledger follows.
		Map<String, JudgedOccupation> bySoc = new HashMap<>();
		judged.forEach(j -> bySoc.put(j.socCode(), j));
		SourceReliability reliability = SourceReliability.estimate(properties, new ArrayList<>(bySoc.values()));
		staging.saveSourceWeights(runId, reliability.ledger());
		staging.saveSourceDependences(runId, reliability.dependences().all());
		var execution = chunkContext.getStepContext().getStepExecution();
		execution.getJobExecution().getExecutionContext().putDouble(FALSE_VALUES, reliability.falseValues());
		memory.remember(execution.getJobExecutionId(), reliability);
		memory.rememberJudged(execution.getJobExecutionId(), bySoc);
		contribution.incrementWriteCount(reliability.ledger().size());
		log.info("estimateReliability: source reliability estimated over {} occupations in {} s; a wrong claim draws from {} "
				+ "different wrong values (measured; agreeing sources count for more the higher it is); wage shape {}; "
				+ "{} sources probably copy another",
				codes.size(), String.format("%.1f", (System.nanoTime() - started) / 1e9),
				String.format(Locale.US, "%.1f", reliability.falseValues()),
				reliability.shape().isEmpty() ? "not learned (too few official figures)" : "learned from the official figures",
				reliability.dependences().all().stream().map(d -> d.sourceId()).distinct().count());
		return RepeatStatus.FINISHED;
	}

	/** The estimate as staged by this step earlier in the run (after a restart, or on another machine). */
	static SourceReliability restore(ReconcileProperties properties, OccupationReportAssembler assembler,
			StagingRepository staging, long runId, ExecutionContext jobContext) {
		if (!jobContext.containsKey(FALSE_VALUES)) {
			throw new IllegalStateException("Run " + runId + " has no source reliability estimate: step estimateReliability has not run");
		}
		return SourceReliability.restore(properties, staging.sourceWeights(runId), jobContext.getDouble(FALSE_VALUES),
				SourceDependences.of(staging.sourceDependences(runId)),
				ReconcileItemProcessor.figuresBySoc(assembler, staging.occupationCodes(runId)).values());
	}

}
