package com.careerbrief.ingest.table;

import java.io.Closeable;
import java.io.IOException;
import java.util.NoSuchElementException;

import com.careerbrief.model.FileAccounting;
import com.careerbrief.model.RejectedRow;

/**
 * A {@link TableSource} over a row reader that tallies every item it hands out, so a file's accounting
 * always balances with the items a step wrote.
 */
public final class TallyingTableSource implements TableSource {

	/** Reads the next data row of a file as an item. */
	@FunctionalInterface
	public interface RowReader extends Closeable {

		/** The next item, or null at the end of the file. An IOException ends the file with an error. */
		TableItem next() throws IOException;

		/** Releases the file; nothing to do for a reader over rows already in memory. */
		@Override
		default void close() throws IOException {
		}

	}

	private final String file;

	private final String layout;

	private final RowReader reader;

	private TableItem peeked;

	private boolean done;

	private long read;

	private long accepted;

	private long filtered;

	private long rejected;

	private String error;

	public TallyingTableSource(String file, String layout, RowReader reader) {
		this.file = file;
		this.layout = layout;
		this.reader = reader;
	}

	/** A source for a file that could not be read at all: no items, the error in the accounting. */
	public static TallyingTableSource failed(String file, String layout, String error) {
		TallyingTableSource source = new TallyingTableSource(file, layout, () -> null);
		source.error = error;
		source.done = true;
		return source;
	}

	@Override
	public boolean hasNext() {
		if (peeked == null && !done) {
			try {
				peeked = reader.next();
			}
			catch (IOException | RuntimeException ex) {
				error = "reading stopped: " + ex.getMessage();
			}
			done = peeked == null;
			if (done && read == 0 && error == null) {
				error = "no data rows after the header";
			}
		}
		return peeked != null;
	}

	@Override
	public TableItem next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		TableItem item = peeked;
		peeked = null;
		tally(item.setAside());
		return item;
	}

	private void tally(RejectedRow setAside) {
		read++;
		if (setAside == null) {
			accepted++;
		}
		else if (setAside.filtered()) {
			filtered++;
		}
		else {
			rejected++;
		}
	}

	@Override
	public FileAccounting accounting() {
		return new FileAccounting(file, layout, read, accepted, filtered, rejected, error);
	}

	@Override
	public void close() {
		try {
			reader.close();
		}
		catch (IOException ex) {
			// Nothing is written through the reader, so a failed close loses no data.
		}
	}

}
