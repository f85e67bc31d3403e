package com.careerbrief.job;

import com.careerbrief.extract.ExtractedDocument;

import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;

/** Stages each document's metadata and claims. */
class DocumentItemWriter implements ItemWriter<ExtractedDocument> {

	private final StagingRepository staging;

	private final long runId;

	DocumentItemWriter(StagingRepository staging, long runId) {
		this.staging = staging;
		this.runId = runId;
	}

	@Override
	public void write(Chunk<? extends ExtractedDocument> chunk) {
		for (ExtractedDocument document : chunk) {
			staging.saveDocument(runId, document.info(), document.claims());
		}
	}

}
