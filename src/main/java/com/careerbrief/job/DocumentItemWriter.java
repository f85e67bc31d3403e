package com.careerbrief.job;

import java.util.List;

import com.careerbrief.extract.ExtractedDocument;
import com.careerbrief.ingest.InputFolder;
import com.careerbrief.model.FileAccounting;
import com.careerbrief.model.RejectedRow;
import com.careerbrief.staging.StagingRepository;

import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;

/**
 * Stages each document's metadata and claims, and its line in the input accounting: accepted when it
 * gave at least one claim, filtered with the reason when it gave none.
 */
class DocumentItemWriter implements ItemWriter<ExtractedDocument> {

	static final String NO_CLAIM = "no figure or fact found in the article";

	private final StagingRepository staging;

	private final long runId;

	DocumentItemWriter(StagingRepository staging, long runId) {
		this.staging = staging;
		this.runId = runId;
	}

	@Override
	public void write(Chunk<? extends ExtractedDocument> chunk) {
		for (ExtractedDocument document : chunk) {
			String name = InputFolder.DOCUMENTS + "/" + document.info().documentId();
			if (document.claims().isEmpty()) {
				staging.addRejects(runId, List.of(new RejectedRow(name, 0, "", NO_CLAIM, true)));
				staging.saveAccounting(runId, accounting(name, 0, 1, 0, null));
				continue;
			}
			staging.saveDocument(runId, document.info(), document.claims());
			staging.saveAccounting(runId, accounting(name, 1, 0, 0, null));
		}
	}

	/** A document's line in the input accounting: one item, read whole. */
	static FileAccounting accounting(String name, int accepted, int filtered, int rejected, String error) {
		String ext = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "no extension";
		return new FileAccounting(name, "article (" + ext + ")", 1, accepted, filtered, rejected, error);
	}

}
