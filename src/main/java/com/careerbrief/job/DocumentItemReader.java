package com.careerbrief.job;

import java.util.List;
import java.util.function.Supplier;

import com.careerbrief.ingest.InputFolder;

import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Lists the source documents of one partition (below {@code input/documents/}, sub-folders included,
 * links only inside the input folder), in name order; restartable by position.
 */
class DocumentItemReader extends AbstractItemCountingItemStreamItemReader<InputFolder.Entry> {

	private final Supplier<List<InputFolder.Entry>> list;

	private List<InputFolder.Entry> files;

	/** @param list the partition's documents, listed when the step opens the reader */
	DocumentItemReader(Supplier<List<InputFolder.Entry>> list) {
		this.list = list;
		setName("documentItemReader");
	}

	@Override
	protected InputFolder.Entry doRead() {
		int next = getCurrentItemCount() - 1;
		return next < files.size() ? files.get(next) : null;
	}

	@Override
	protected void doOpen() {
		files = list.get();
	}

	@Override
	protected void doClose() {
		files = null;
	}

}
