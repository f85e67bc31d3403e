package com.careerbrief.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.careerbrief.model.Occupation;
import com.careerbrief.model.OccupationText;
import com.careerbrief.occupation.NationalSurveys;
import com.careerbrief.run.RunLauncher;
import com.careerbrief.staging.StagedTables;
import com.careerbrief.staging.StagingRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * Decides which occupations the run reports on: every detailed occupation in the newest complete
 * national OEWS survey, titled as OEWS titles it, with O*NET's description and job zone and BLS's
 * typical entry education where those exist. A partial national file (a slice of a survey) is set
 * aside first, its rows filtered with the reason, so it can neither shrink the catalog nor stand in
 * for a survey's figures.
 */
class OccupationCatalogTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(OccupationCatalogTasklet.class);

	/** Job execution context key: the newest complete survey, e.g. "2024 (oews/national/national_M2024_dl.csv)". */
	static final String NEWEST_SURVEY = "newestSurvey";

	private final StagingRepository staging;

	private final long runId;

	private final RunMemory memory;

	private final long executionId;

	OccupationCatalogTasklet(StagingRepository staging, long runId, RunMemory memory, long executionId) {
		this.staging = staging;
		this.runId = runId;
		this.memory = memory;
		this.executionId = executionId;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		StagedTables staged = memory.staged(executionId, staging, runId);
		NationalSurveys surveys = NationalSurveys.of(staged.nationalOfficialFigures());
		for (NationalSurveys.Partial partial : surveys.partial()) {
			log.warn("{}: {}", partial.file().file(), partial.reason());
			staging.setAsideFigures(runId, partial.file().file(), partial.reason());
			memory.forgetStaged(executionId);
		}
		Map<String, String> titles = surveys.newestTitles();
		if (titles.isEmpty()) {
			// An empty report published as a success would hide a wrong --input or a missing download.
			var job = chunkContext.getStepContext().getStepExecution().getJobExecution();
			throw new IllegalStateException("No occupations to report on: no national OEWS wage file with occupations "
					+ "(such as oews/national/national_M2024_dl.csv) was accepted from input folder "
					+ job.getJobParameters().getString(RunLauncher.INPUT, "(not named)"));
		}
		Map<String, String> descriptions = texts(staged, OccupationText.Kind.DESCRIPTION);
		Map<String, String> zones = texts(staged, OccupationText.Kind.JOB_ZONE);
		Map<String, String> education = texts(staged, OccupationText.Kind.ENTRY_EDUCATION);
		titles.forEach((soc, title) -> staging.saveOccupation(runId, new Occupation(soc, title, descriptions.get(soc),
				parseZone(zones.get(soc)), education.get(soc))));
		chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
			.putString(NEWEST_SURVEY, surveys.newestYear() + " (" + String.join(", ", surveys.newestFiles()) + ")");
		contribution.incrementWriteCount(titles.size());
		contribution.incrementFilterCount(surveys.partial().size());
		log.info("Reporting on {} occupations from the newest complete national OEWS survey ({})", titles.size(),
				surveys.newestYear());
		return RepeatStatus.FINISHED;
	}

	/** Each occupation's text of a kind from the newest source (see {@link OccupationText#newest}). */
	private static Map<String, String> texts(StagedTables staged, OccupationText.Kind kind) {
		Map<String, List<OccupationText>> bySoc = new HashMap<>();
		for (OccupationText text : staged.texts(kind)) {
			bySoc.computeIfAbsent(text.socCode(), soc -> new ArrayList<>()).add(text);
		}
		Map<String, String> newest = new HashMap<>();
		bySoc.forEach((soc, texts) -> OccupationText.newest(texts, kind).ifPresent(t -> newest.put(soc, t.text())));
		return newest;
	}

	private static int parseZone(String zone) {
		try {
			return zone == null ? 0 : Integer.parseInt(zone.trim());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
