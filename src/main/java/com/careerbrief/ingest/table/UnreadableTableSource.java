package com.careerbrief.ingest.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;

import com.careerbrief.model.FileAccounting;
import com.careerbrief.model.RejectedRow;

/**
 * A table file careerbrief cannot read: either a whole-file problem (no rows), or a text file in no
 * known layout, whose every non-blank line is rejected so that nothing is silently dropped.
 */
final class UnreadableTableSource implements TableSource {

	private static final int MAX_RAW = 500;

	private final String file;

	private final BufferedReader lines;

	private final String reason;

	private final String error;

	private long lineNo;

	private long read;

	private String pending;

	private UnreadableTableSource(String file, BufferedReader lines, String reason, String error) {
		this.file = file;
		this.lines = lines;
		this.reason = reason;
		this.error = error;
	}

	static UnreadableTableSource wholeFile(Path file, String error) {
		return new UnreadableTableSource(file.getFileName().toString(), null, null, error);
	}

	static UnreadableTableSource lineByLine(Path file, String header) throws IOException {
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		var reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder));
		String shown = header.length() > 120 ? header.substring(0, 120) + "…" : header;
		return new UnreadableTableSource(file.getFileName().toString(), reader,
				"layout not recognised: expected the header of an OEWS, Employment Projections, O*NET, crosswalk,"
						+ " state agency or generic figures table; first line was '" + shown + "'",
				Files.size(file) == 0 ? "empty file" : "layout not recognised");
	}

	@Override
	public boolean hasNext() {
		if (lines == null) {
			return false;
		}
		try {
			while (pending == null) {
				String line = lines.readLine();
				if (line == null) {
					return false;
				}
				lineNo++;
				if (!line.isBlank()) {
					pending = line;
				}
			}
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public TableItem next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		String raw = pending.length() > MAX_RAW ? pending.substring(0, MAX_RAW) + "…" : pending;
		pending = null;
		read++;
		return new TableItem(file, lineNo, List.of(), List.of(), List.of(),
				new RejectedRow(file, lineNo, raw, reason, false));
	}

	@Override
	public FileAccounting accounting() {
		return new FileAccounting(file, "unrecognised", read, 0, 0, read, error);
	}

	@Override
	public void close() {
		if (lines != null) {
			try {
				lines.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

}
