package com.careerbrief.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.careerbrief.model.OccupationReport;
import com.careerbrief.report.pdf.BriefWriter;
import com.careerbrief.report.pdf.OccupationPageWriter;
import com.careerbrief.run.OutputPublisher;

import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;

/**
 * Writes each occupation's brief (and its state editions, --states=IN,CA) and the portal's copy of its
 * facts into the run's own folder. One writer per partition of the briefs step; the workbook step has
 * already made the folder and removed what a killed run left half-written there.
 */
class BriefItemWriter implements ItemWriter<OccupationReport> {

	private final BriefWriter briefs;

	private final OccupationPageWriter pages;

	private final Path runFolder;

	private final List<String> states;

	BriefItemWriter(BriefWriter briefs, OccupationPageWriter pages, Path runFolder, List<String> states) {
		this.briefs = briefs;
		this.pages = pages;
		this.runFolder = runFolder;
		this.states = states;
	}

	@Override
	public void write(Chunk<? extends OccupationReport> chunk) throws IOException {
		Path folder = Files.createDirectories(runFolder.resolve(OutputPublisher.BRIEFS));
		Path pageFolder = Files.createDirectories(runFolder.resolve(OccupationPageWriter.FOLDER));
		for (OccupationReport report : chunk) {
			try {
				briefs.write(report, folder);
				// A state edition per chosen state, where the report has that state's pay.
				Map<String, String> stateBriefs = new TreeMap<>();
				for (String state : states) {
					if (!state.isBlank()) {
						briefs.writeForState(report, folder, state)
							.ifPresent(p -> stateBriefs.put(state.trim().toUpperCase(Locale.ROOT), p.getFileName().toString()));
					}
				}
				// The portal's copy of the brief's facts (web/ reads only what a run published).
				pages.write(report, stateBriefs, pageFolder);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot write the brief of " + report.occupation().socCode(), ex);
			}
		}
	}

}
