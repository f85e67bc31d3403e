package com.careerbrief.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

import com.careerbrief.extract.DocumentClaimReader;
import com.careerbrief.extract.ExtractedDocument;

import org.springframework.batch.item.ItemProcessor;

/** Reads one article into its metadata and claims. */
class DocumentItemProcessor implements ItemProcessor<Path, ExtractedDocument> {

	private static final Logger log = LoggerFactory.getLogger(DocumentItemProcessor.class);

	private final DocumentClaimReader reader;

	DocumentItemProcessor(DocumentClaimReader reader) {
		this.reader = reader;
	}

	@Override
	public ExtractedDocument process(Path file) throws Exception {
		log.info("ingestDocuments: reading {}", file.getFileName());
		return reader.read(file);
	}

}
