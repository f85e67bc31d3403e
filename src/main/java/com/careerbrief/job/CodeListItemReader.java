package com.careerbrief.job;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the run's occupation codes one by one; restartable by position, since the list is fixed
 * once the catalog step has run.
 */
class CodeListItemReader extends AbstractItemCountingItemStreamItemReader<String> {

	private final Supplier<List<String>> codes;

	private final ProgressReporter progress;

	private final String step;

	private List<String> loaded;

	CodeListItemReader(String step, Supplier<List<String>> codes, ProgressReporter progress) {
		this.step = step;
		this.codes = codes;
		this.progress = progress;
		setName(step + "Reader");
	}

	@Override
	protected String doRead() {
		int next = getCurrentItemCount() - 1;
		if (next >= loaded.size()) {
			return null;
		}
		progress.items(step, next + 1, loaded.size());
		return loaded.get(next);
	}

	@Override
	protected void doOpen() {
		loaded = codes.get();
		progress.start();
	}

	@Override
	protected void doClose() {
		loaded = null;
	}

}
