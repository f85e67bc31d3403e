package com.careerbrief.ingest.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;

import com.careerbrief.model.FileAccounting;

/**
 * A {@link TableSource} over a delimited file: skips the preamble, binds the header, and hands each
 * data row to a {@link RowHandler}. Blank rows, repeated header lines, unsplittable lines and rows the
 * handler throws on are set aside here, so a broken file yields rejects and never an exception.
 */
public final class RowTableSource implements TableSource {

	/** How far to look for the header before deciding the file is not this layout. */
	static final int HEADER_SEARCH_LINES = 50;

	/** Added to the reason of a short last row in a file that stops without a line end. */
	static final String CUT_OFF = "; this is the file's last line and it has no line end, so the file looks cut off"
			+ " (an incomplete download or copy?)";

	private final String file;

	private final String layout;

	private final RowHandler handler;

	private final DelimitedRowReader reader;

	/** Rows read ahead for {@link RowHandler.Lookahead}; a list, because peeking indexes into it. */
	private final List<DelimitedRow> ahead = new ArrayList<>();

	private final Counts counts = new Counts();

	private String[] header;

	/** Why the header found could not be bound, or null. */
	private String headerError;

	private TableItem next;

	private boolean done;

	private RowTableSource(String file, String layout, RowHandler handler, DelimitedRowReader reader, String error) {
		this.file = file;
		this.layout = layout;
		this.handler = handler;
		this.reader = reader;
		this.counts.error = error;
		this.done = error != null;
	}

	/** Opens {@code path}; a binary, empty or headerless file gives a source with no items and an error. */
	public static RowTableSource open(Path path, String layout, char delimiter, RowHandler handler)
			throws IOException {
		String name = path.getFileName().toString();
		String problem = Files.size(path) == 0 ? "the file is empty" : TextFiles.binaryProblem(path);
		if (problem != null) {
			return new RowTableSource(name, layout, handler, null, problem);
		}
		RowTableSource source = new RowTableSource(name, layout, handler, DelimitedRowReader.open(path, delimiter),
				null);
		source.findHeader();
		return source;
	}

	private void findHeader() throws IOException {
		for (int i = 0; i < HEADER_SEARCH_LINES; i++) {
			DelimitedRow row = reader.next();
			if (row == null) {
				break;
			}
			if (row.problem() == null && handler.isHeader(row)) {
				header = row.fields();
				// A header that names this layout but cannot be bound (a missing column): every data row
				// after it is still listed, rejected with that reason, so none vanishes from the accounting.
				headerError = handler.bindHeader(row);
				counts.error = headerError;
				return;
			}
		}
		finishIf("no " + layout + " header line in the first " + HEADER_SEARCH_LINES + " lines (delimiter '"
				+ reader.delimiter() + "')");
	}

	private void finishIf(String error) {
		if (error != null) {
			counts.error = error;
			done = true;
		}
	}

	@Override
	public boolean hasNext() {
		if (next == null && !done) {
			next = advance();
			if (next == null) {
				done = true;
				if (counts.read == 0 && counts.error == null) {
					counts.error = "the file has a header but no data rows";
				}
			}
		}
		return next != null;
	}

	@Override
	public TableItem next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		TableItem item = next;
		next = null;
		counts.add(item);
		return item;
	}

	private TableItem advance() {
		DelimitedRow row = take();
		return row == null ? null : withCutOffNote(row, itemFor(row));
	}

	/**
	 * A short row's own reason (a field count) says nothing about the file. When it is the last line and the
	 * file stops without a line end, the download or copy most likely stopped there, and the reason says so.
	 */
	private TableItem withCutOffNote(DelimitedRow row, TableItem item) {
		if (item.accepted() || item.setAside().filtered() || row.fields().length >= header.length || peek(1) != null
				|| !reader.endsMidLine()) {
			return item;
		}
		return TableItems.rejected(file, row, item.setAside().reason() + CUT_OFF);
	}

	private TableItem itemFor(DelimitedRow row) {
		if (row.problem() != null) {
			return TableItems.rejected(file, row, row.problem());
		}
		if (row.blank()) {
			return TableItems.filtered(file, row, "blank line");
		}
		if (Arrays.equals(row.fields(), header)) {
			return TableItems.filtered(file, row, "repeated header line");
		}
		if (headerError != null) {
			return TableItems.rejected(file, row, headerError);
		}
		try {
			return handler.handle(row, this::peek);
		}
		catch (RuntimeException ex) {
			return TableItems.rejected(file, row, "could not read the row: " + ex);
		}
	}

	private DelimitedRow take() {
		return ahead.isEmpty() ? read() : ahead.remove(0);
	}

	private DelimitedRow peek(int distance) {
		while (ahead.size() < distance) {
			DelimitedRow row = read();
			if (row == null) {
				return null;
			}
			ahead.add(row);
		}
		return ahead.get(distance - 1);
	}

	private DelimitedRow read() {
		try {
			return reader == null ? null : reader.next();
		}
		catch (IOException ex) {
			counts.error = "reading stopped after " + counts.read + " rows: " + ex.getMessage();
			return null;
		}
		catch (UncheckedIOException ex) {
			counts.error = "reading stopped after " + counts.read + " rows: " + ex.getMessage();
			return null;
		}
	}

	@Override
	public FileAccounting accounting() {
		String detected = handler.layoutName();
		return new FileAccounting(file, detected != null ? detected : layout, counts.read, counts.accepted, counts.filtered, counts.rejected,
				counts.error);
	}

	@Override
	public void close() {
		try {
			if (reader != null) {
				reader.close();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Running totals for {@link #accounting()}. */
	private static final class Counts {

		long read;

		long accepted;

		long filtered;

		long rejected;

		String error;

		void add(TableItem item) {
			read++;
			if (item.accepted()) {
				accepted++;
			}
			else if (item.setAside().filtered()) {
				filtered++;
			}
			else {
				rejected++;
			}
		}
	}

}
