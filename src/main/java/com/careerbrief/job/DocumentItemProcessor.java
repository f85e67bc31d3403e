package com.careerbrief.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.careerbrief.extract.DocumentClaimReader;
import com.careerbrief.extract.ExtractedDocument;
import com.careerbrief.ingest.InputFolder;

import org.springframework.batch.item.ItemProcessor;

/** Reads one article into its metadata and claims, under its path relative to the documents folder. */
class DocumentItemProcessor implements ItemProcessor<InputFolder.Entry, ExtractedDocument> {

	private static final Logger log = LoggerFactory.getLogger(DocumentItemProcessor.class);

	private final DocumentClaimReader reader;

	DocumentItemProcessor(DocumentClaimReader reader) {
		this.reader = reader;
	}

	@Override
	public ExtractedDocument process(InputFolder.Entry file) throws Exception {
		log.info("ingestDocuments: reading {}", file.documentName());
		return reader.read(file.path(), file.documentName());
	}

}
