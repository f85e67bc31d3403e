package com.careerbrief.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import com.careerbrief.config.CareerBriefProperties;
import com.careerbrief.model.OccupationReport;
import com.careerbrief.model.RunInfo;
import com.careerbrief.report.excel.WorkbookWriter;
import com.careerbrief.report.pdf.OccupationPageWriter;
import com.careerbrief.run.InputFingerprint;
import com.careerbrief.run.OutputPublisher;
import com.careerbrief.staging.StagingRepository;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * The reports of one run: the workbook, streamed across the workbook steps into the run's own folder
 * (which the first workbook step makes, removing what a killed run left half-written), and the
 * publishing of that folder once the briefs are written there too.
 */
class ReportSession implements AutoCloseable {

	private final StageFactory stages;

	private final StagingRepository staging;

	private final CareerBriefProperties properties;

	private final Path input;

	private final long runId;

	/** When this execution of the run started: what the About sheet's "Started" says. */
	private final Instant started;

	private final OutputPublisher publisher;

	private WorkbookWriter workbook;

	private boolean leftoversRemoved;

	ReportSession(StageFactory stages, StagingRepository staging, CareerBriefProperties properties, Path input, Path output,
			long runId, Instant started) {
		this.stages = stages;
		this.staging = staging;
		this.properties = properties;
		this.input = input;
		this.runId = runId;
		this.started = started;
		this.publisher = new OutputPublisher(output);
	}

	Path runFolder() {
		return publisher.runFolder(runId);
	}

	void addToWorkbook(List<? extends OccupationReport> reports) {
		if (workbook == null) {
			workbook = stages.workbookWriter(createdRunFolder().resolve(OutputPublisher.WORKBOOK), properties);
			workbook.open(runInfo());
		}
		reports.forEach(workbook::addOccupation);
	}

	RepeatStatus finishWorkbook(StepContribution contribution) {
		if (workbook == null) {
			addToWorkbook(List.of());
		}
		staging.forEachReject(runId, row -> {
			workbook.addRejected(row);
			contribution.incrementWriteCount(1);
		});
		try {
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the workbook into " + runFolder(), ex);
		}
		workbook.close();
		workbook = null;
		return RepeatStatus.FINISHED;
	}

	RepeatStatus publish(ExecutionContext job) {
		publisher.publish(runId, properties.keepRuns(), ShrinkGuardTasklet.counts(staging, runId, job));
		return RepeatStatus.FINISHED;
	}

	private RunInfo runInfo() {
		return new RunInfo(runId, started, InputFingerprint.files(input), staging.accounting(runId),
				staging.sourceWeights(runId), staging.sourceDependences(runId));
	}

	private Path createdRunFolder() {
		try {
			Path folder = Files.createDirectories(runFolder().resolve(OutputPublisher.BRIEFS)).getParent();
			if (!leftoversRemoved) {
				removeLeftovers(folder);
				removeLeftovers(folder.resolve(OutputPublisher.BRIEFS));
				removeLeftovers(Files.createDirectories(folder.resolve(OccupationPageWriter.FOLDER)));
				leftoversRemoved = true;
			}
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create run folder " + runFolder(), ex);
		}
	}

	/**
	 * Deletes the hidden temporary files (".brief-….part", ".careerbrief.xlsx….tmp") that a run killed
	 * in the middle of writing a file left behind, so a resumed run never publishes them.
	 */
	private static void removeLeftovers(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.getFileName().toString().startsWith(".")).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

	@Override
	public void close() {
		if (workbook != null) {
			workbook.close();
		}
	}

}
