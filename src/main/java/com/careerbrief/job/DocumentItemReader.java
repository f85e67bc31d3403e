package com.careerbrief.job;

import java.nio.file.Path;
import java.util.List;

import com.careerbrief.ingest.InputFolder;

import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Lists the source documents below {@code input/documents/} (sub-folders included, links only inside
 * the input folder), in name order; restartable by position.
 */
class DocumentItemReader extends AbstractItemCountingItemStreamItemReader<InputFolder.Entry> {

	private final Path input;

	private List<InputFolder.Entry> files;

	DocumentItemReader(Path input) {
		this.input = input;
		setName("documentItemReader");
	}

	@Override
	protected InputFolder.Entry doRead() {
		int next = getCurrentItemCount() - 1;
		return next < files.size() ? files.get(next) : null;
	}

	@Override
	protected void doOpen() {
		files = InputFolder.scan(input).documents();
	}

	@Override
	protected void doClose() {
		files = null;
	}

}
