package com.careerbrief.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import com.careerbrief.ingest.table.TableFormats;
import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.ingest.table.TableSource;

import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads every table file of the input folder in turn, one item per data row. Restartable: Spring
 * Batch keeps the item count, and a restart re-reads up to it (the readers are deterministic). When a
 * file is exhausted its row accounting is staged.
 */
class TableItemReader extends AbstractItemCountingItemStreamItemReader<TableItem> {

	private final List<Path> files;

	private final TableFormats formats;

	private final StagingRepository staging;

	private final long runId;

	private final ProgressReporter progress;

	private int fileIndex;

	private TableSource current;

	TableItemReader(List<Path> files, TableFormats formats, StagingRepository staging, long runId,
			ProgressReporter progress) {
		this.files = files;
		this.formats = formats;
		this.staging = staging;
		this.runId = runId;
		this.progress = progress;
		setName("tableItemReader");
	}

	@Override
	protected TableItem doRead() throws IOException {
		while (fileIndex < files.size()) {
			if (current == null) {
				progress.file("ingestTables", fileIndex + 1, files.size(), files.get(fileIndex));
				current = formats.open(files.get(fileIndex));
			}
			if (current.hasNext()) {
				return current.next();
			}
			staging.saveAccounting(runId, current.accounting());
			progress.fileDone(current.accounting());
			current.close();
			current = null;
			fileIndex++;
		}
		return null;
	}

	@Override
	protected void doOpen() {
		fileIndex = 0;
	}

	@Override
	protected void doClose() {
		if (current != null) {
			current.close();
			current = null;
		}
	}

	static List<Path> listTables(Path input) {
		try (var walk = java.nio.file.Files.walk(input)) {
			Path documents = input.resolve("documents");
			return walk.filter(java.nio.file.Files::isRegularFile)
				.filter(p -> !p.startsWith(documents))
				.filter(p -> !p.getFileName().toString().toLowerCase().endsWith(".md"))
				.filter(p -> !p.getFileName().toString().startsWith("."))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list input folder " + input, ex);
		}
	}

}
