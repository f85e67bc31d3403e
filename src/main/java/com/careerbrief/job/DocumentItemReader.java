package com.careerbrief.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

/** Lists the source documents of the input folder, in name order; restartable by position. */
class DocumentItemReader extends AbstractItemCountingItemStreamItemReader<Path> {

	private final Path folder;

	private List<Path> files;

	DocumentItemReader(Path folder) {
		this.folder = folder;
		setName("documentItemReader");
	}

	@Override
	protected Path doRead() {
		int next = getCurrentItemCount() - 1;
		return next < files.size() ? files.get(next) : null;
	}

	@Override
	protected void doOpen() {
		if (!Files.isDirectory(folder)) {
			files = List.of();
			return;
		}
		try (var list = Files.list(folder)) {
			files = list.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list documents in " + folder, ex);
		}
	}

	@Override
	protected void doClose() {
		files = null;
	}

}
