package com.careerbrief.ingest.table;

import java.util.List;

import com.careerbrief.model.FileAccounting;
import com.careerbrief.model.RejectedRow;

/**
 * Wraps any {@link TableSource} and rejects the accepted rows whose figures are dated after the run
 * date ({@link RunDateCheck}), keeping the file's accounting balanced.
 */
final class RunDateCheckedTableSource implements TableSource {

	private final TableSource source;

	private final RunDateCheck check;

	private long turnedDown;

	RunDateCheckedTableSource(TableSource source, RunDateCheck check) {
		this.source = source;
		this.check = check;
	}

	@Override
	public boolean hasNext() {
		return source.hasNext();
	}

	@Override
	public TableItem next() {
		TableItem item = source.next();
		String problem = item.accepted() ? check.problem(item) : null;
		if (problem == null) {
			return item;
		}
		turnedDown++;
		RejectedRow rejected = new RejectedRow(item.file(), item.line(), item.raw() == null ? "" : item.raw(), problem,
				false);
		return new TableItem(item.file(), item.line(), List.of(), List.of(), List.of(),
				rejected);
	}

	@Override
	public FileAccounting accounting() {
		FileAccounting a = source.accounting();
		return new FileAccounting(a.file(), a.layout(), a.read(), a.accepted() - turnedDown, a.filtered(),
				a.rejected() + turnedDown, a.error());
	}

	@Override
	public void close() {
		source.close();
	}

}
