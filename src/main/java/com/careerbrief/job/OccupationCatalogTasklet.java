package com.careerbrief.job;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.careerbrief.model.Figure;
import com.careerbrief.model.Occupation;
import com.careerbrief.model.OccupationText;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * Decides which occupations the run reports on: every detailed occupation in the newest national
 * OEWS survey, titled as OEWS titles it, with O*NET's description and job zone and BLS's typical entry
 * education where those exist.
 */
class OccupationCatalogTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(OccupationCatalogTasklet.class);

	static final String OEWS_SOURCE_PREFIX = "bls-oews-";

	private static final String ALL_OCCUPATIONS = "00-0000";

	private final StagingRepository staging;

	private final long runId;

	OccupationCatalogTasklet(StagingRepository staging, long runId) {
		this.staging = staging;
		this.runId = runId;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		Map<String, String> titles = newestOewsTitles(staging.nationalFigures(runId));
		Map<String, String> descriptions = texts(OccupationText.Kind.DESCRIPTION);
		Map<String, String> zones = texts(OccupationText.Kind.JOB_ZONE);
		Map<String, String> education = texts(OccupationText.Kind.ENTRY_EDUCATION);
		titles.forEach((soc, title) -> staging.saveOccupation(runId, new Occupation(soc, title, descriptions.get(soc),
				parseZone(zones.get(soc)), education.get(soc))));
		contribution.incrementWriteCount(titles.size());
		log.info("Reporting on {} occupations from the newest national OEWS survey", titles.size());
		return RepeatStatus.FINISHED;
	}

	static Map<String, String> newestOewsTitles(List<Figure> national) {
		int newest = national.stream()
			.filter(f -> f.source().sourceId().startsWith(OEWS_SOURCE_PREFIX))
			.mapToInt(f -> f.period().startYear())
			.max()
			.orElse(0);
		Map<String, String> titles = new TreeMap<>();
		national.stream()
			.filter(f -> f.source().sourceId().startsWith(OEWS_SOURCE_PREFIX) && f.period().startYear() == newest)
			.filter(f -> f.socCode() != null && !ALL_OCCUPATIONS.equals(f.socCode()))
			.forEach(f -> titles.putIfAbsent(f.socCode(), f.occupationTitle()));
		return titles;
	}

	private Map<String, String> texts(OccupationText.Kind kind) {
		Map<String, String> bySoc = new HashMap<>();
		for (OccupationText text : staging.textsOfKind(runId, kind)) {
			bySoc.putIfAbsent(text.socCode(), text.text());
		}
		return bySoc;
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
