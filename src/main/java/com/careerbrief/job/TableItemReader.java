package com.careerbrief.job;

import java.io.IOException;
import java.util.List;

import com.careerbrief.ingest.InputFolder;
import com.careerbrief.ingest.table.TableFormats;
import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.ingest.table.TableSource;
import com.careerbrief.model.Figure;
import com.careerbrief.model.FileAccounting;
import com.careerbrief.model.RejectedRow;
import com.careerbrief.staging.StagingRepository;

import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the table files of one partition of the input folder in turn, one item per data row, then one
 * item for each entry it is given that is not read (a note, a hidden file, a link leading outside…), so
 * that every entry ends in the accounting. Files are named by their path relative to the input folder, so two
 * files of the same name in two folders never share a line. Restartable: Spring Batch keeps the item
 * count, and a restart re-reads up to it (the readers are deterministic). When a file is exhausted its
 * row accounting is staged.
 */
class TableItemReader extends AbstractItemCountingItemStreamItemReader<TableItem> {

	private static final String NOT_READ_LAYOUT = "not read";

	private final List<InputFolder.Entry> files;

	private final List<InputFolder.Entry> setAside;

	private final TableFormats formats;

	private final StagingRepository staging;

	private final long runId;

	private final ProgressReporter progress;

	private final String label;

	private int fileIndex;

	private int setAsideIndex;

	private TableSource current;

	/**
	 * @param files the table files to read, in this order
	 * @param setAside the entries not read, each to account for
	 * @param label how progress lines name this reader, e.g. "ingestTables files0"
	 */
	TableItemReader(List<InputFolder.Entry> files, List<InputFolder.Entry> setAside, TableFormats formats,
			StagingRepository staging, long runId, ProgressReporter progress, String label) {
		this.files = files;
		this.setAside = setAside;
		this.formats = formats;
		this.staging = staging;
		this.runId = runId;
		this.progress = progress;
		this.label = label;
		setName("tableItemReader");
	}

	@Override
	protected TableItem doRead() throws IOException {
		while (fileIndex < files.size()) {
			InputFolder.Entry file = files.get(fileIndex);
			if (current == null) {
				progress.file(label, fileIndex + 1, files.size(), file.path());
				current = formats.open(file.path());
			}
			if (current.hasNext()) {
				return named(current.next(), file.name());
			}
			FileAccounting accounting = named(current.accounting(), file.name());
			staging.saveAccounting(runId, accounting);
			progress.fileDone(accounting);
			current.close();
			current = null;
			fileIndex++;
		}
		return setAsideIndex < setAside.size() ? notRead(setAside.get(setAsideIndex++)) : null;
	}

	/** An entry that is not read: one filtered or rejected line with its reason, and its accounting. */
	private TableItem notRead(InputFolder.Entry entry) {
		boolean refused = entry.use() == InputFolder.Use.REFUSED;
		FileAccounting accounting = new FileAccounting(entry.name(), NOT_READ_LAYOUT, 1, 0, refused ? 0 : 1,
				refused ? 1 : 0, refused ? entry.reason() : null);
		staging.saveAccounting(runId, accounting);
		progress.fileDone(accounting);
		return new TableItem(entry.name(), 0, List.of(), List.of(), List.of(),
				new RejectedRow(entry.name(), 0, "", entry.reason(), !refused));
	}

	private static TableItem named(TableItem item, String name) {
		RejectedRow row = item.setAside();
		List<Figure> figures = item.figures().stream().map(f -> f.withSourceFile(name)).toList();
		return new TableItem(name, item.line(), figures, item.occupations(), item.texts(),
				row == null ? null : new RejectedRow(name, row.line(), row.raw(), row.reason(), row.filtered()), item.raw());
	}

	private static FileAccounting named(FileAccounting a, String name) {
		return new FileAccounting(name, a.layout(), a.read(), a.accepted(), a.filtered(), a.rejected(), a.error());
	}

	@Override
	protected void doOpen() {
		fileIndex = 0;
		setAsideIndex = 0;
	}

	@Override
	protected void doClose() {
		if (current != null) {
			current.close();
			current = null;
		}
	}

}
