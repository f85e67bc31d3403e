package com.careerbrief.job;

import java.nio.file.Path;

import com.careerbrief.extract.DocumentClaimReader;
import com.careerbrief.extract.ExtractedDocument;

import org.springframework.batch.item.ItemProcessor;

/** Reads one article into its metadata and claims. */
class DocumentItemProcessor implements ItemProcessor<Path, ExtractedDocument> {

	private final DocumentClaimReader reader;

	DocumentItemProcessor(DocumentClaimReader reader) {
		this.reader = reader;
	}

	@Override
	public ExtractedDocument process(Path file) throws Exception {
		return reader.read(file);
	}

}
