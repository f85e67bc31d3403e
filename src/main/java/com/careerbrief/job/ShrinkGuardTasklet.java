package com.careerbrief.job;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

import com.careerbrief.ingest.InputFolder;
import com.careerbrief.model.FileAccounting;
import com.careerbrief.run.OutputPublisher;
import com.careerbrief.run.PublishedCounts;
import com.careerbrief.staging.StagingRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * Refuses to go on with a run whose catalog or staged figures fell sharply from the last published
 * run's (more than {@code careerbrief.max-shrink-percent}): one missing or broken file must not
 * replace a full report with a thin one. The run fails before anything is written, naming the likely
 * cause, and the published outputs stay as they are; {@code --allow-shrink} lets an operator accept it.
 */
class ShrinkGuardTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ShrinkGuardTasklet.class);

	private final StagingRepository staging;

	private final OutputPublisher output;

	private final long runId;

	private final double maxShrinkPercent;

	private final boolean allowShrink;

	ShrinkGuardTasklet(StagingRepository staging, OutputPublisher output, long runId, double maxShrinkPercent,
			boolean allowShrink) {
		this.staging = staging;
		this.output = output;
		this.runId = runId;
		this.maxShrinkPercent = maxShrinkPercent;
		this.allowShrink = allowShrink;
	}

	/** What this run would publish. */
	static PublishedCounts counts(StagingRepository staging, long runId, ExecutionContext job) {
		Map<String, Long> tableRows = new TreeMap<>();
		for (FileAccounting file : staging.accounting(runId)) {
			if (!file.file().startsWith(InputFolder.DOCUMENTS + "/")) { // articles are edited; a table should not shrink
				tableRows.merge(file.file(), file.accepted(), Long::sum);
			}
		}
		return new PublishedCounts(staging.occupationCodes(runId).size(), staging.figureCount(runId),
				job.getString(OccupationCatalogTasklet.NEWEST_SURVEY, "none"), tableRows);
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		OptionalLong last = output.latestRun();
		Optional<PublishedCounts> before = last.isPresent() ? output.publishedCounts(last.getAsLong()) : Optional.empty();
		if (before.isEmpty()) {
			log.info("Shrink check: no published run with counts to compare against");
			return RepeatStatus.FINISHED;
		}
		PublishedCounts now = counts(staging, runId,
				chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext());
		String drop = drop("occupations", now.occupations(), before.get().occupations());
		if (drop == null) {
			drop = drop("official and agency figures", now.figures(), before.get().figures());
		}
		if (drop == null) {
			drop = tableDrop(now, before.get());
		}
		if (drop == null) {
			return RepeatStatus.FINISHED;
		}
		String message = "Run " + runId + " would publish " + drop + " of run " + last.getAsLong()
				+ ", the last published run (more than careerbrief.max-shrink-percent=" + fmt(maxShrinkPercent) + "%)"
				+ causes(now, before.get());
		if (allowShrink) {
			log.warn("{}; publishing anyway (--allow-shrink)", message);
			return RepeatStatus.FINISHED;
		}
		throw new ShrinkGuardException(message + ". Check the inputs, or launch again with --allow-shrink to publish it");
	}

	private String drop(String what, long now, long before) {
		if (before <= 0 || now >= before) {
			return null;
		}
		double percent = 100.0 * (before - now) / before;
		return percent > maxShrinkPercent
				? String.format("%,d %s, %s%% fewer than the %,d", now, what, fmt(percent), before) : null;
	}

	/**
	 * A table file read in both runs whose accepted rows fell sharply, as a download cut off mid-way would
	 * leave it: the run's totals may hide it when the file is one of many.
	 */
	private String tableDrop(PublishedCounts now, PublishedCounts before) {
		for (Map.Entry<String, Long> file : now.tableRows().entrySet()) {
			Long rowsBefore = before.tableRows().get(file.getKey());
			String drop = rowsBefore == null ? null : drop("accepted rows of " + file.getKey(), file.getValue(), rowsBefore);
			if (drop != null) {
				return drop;
			}
		}
		return null;
	}

	private String causes(PublishedCounts now, PublishedCounts before) {
		StringBuilder causes = new StringBuilder();
		if (!now.survey().equals(before.survey())) {
			causes.append(". The newest complete national survey is now ").append(now.survey())
				.append(", where it was ").append(before.survey());
		}
		List<String> broken = staging.accounting(runId).stream().filter(a -> a.error() != null)
			.map(FileAccounting::file).limit(5).toList();
		if (!broken.isEmpty()) {
			causes.append(". Files not read or set aside whole: ").append(String.join(", ", broken));
		}
		return causes.toString();
	}

	private static String fmt(double percent) {
		return percent == Math.rint(percent) ? String.valueOf((long) percent) : String.format("%.1f", percent);
	}

}
