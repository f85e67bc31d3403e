package com.careerbrief.ingest.table;

import java.io.Closeable;
import java.util.Iterator;

import com.careerbrief.model.FileAccounting;

/**
 * An open table file: yields one {@link TableItem} per data row, in file order, deterministically
 * (so a restarted step can skip the items it already wrote). Never throws for bad rows: they become
 * rejected items. A whole-file problem (empty, binary, unknown layout) yields no items and is
 * reported by {@link #accounting()}.
 */
public interface TableSource extends Iterator<TableItem>, Closeable {

	/** The accounting so far; complete once {@link #hasNext()} has returned false. */
	FileAccounting accounting();

	@Override
	void close();

}
