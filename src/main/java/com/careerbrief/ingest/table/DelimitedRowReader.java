package com.careerbrief.ingest.table;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

import com.opencsv.CSVParser;
import com.opencsv.CSVParserBuilder;

/**
 * Splits a delimited file into rows, one per physical line, with opencsv's quote rules. Fields never
 * span lines in the tables careerbrief reads, so an unbalanced quote spoils one row, not the rest of
 * the file.
 */
public final class DelimitedRowReader implements Closeable {

	private final PhysicalLineReader lines;

	private final CSVParser parser;

	private final QuotedLineSplitter splitter;

	private final char delimiter;

	public DelimitedRowReader(PhysicalLineReader lines, char delimiter) {
		this.lines = lines;
		this.delimiter = delimiter;
		this.parser = new CSVParserBuilder().withSeparator(delimiter).withIgnoreLeadingWhiteSpace(true).build();
		this.splitter = new QuotedLineSplitter(delimiter);
	}

	/** Opens a file in its detected charset. */
	public static DelimitedRowReader open(Path file, char delimiter) throws IOException {
		return new DelimitedRowReader(PhysicalLineReader.open(file), delimiter);
	}

	/** The delimiter rows are split on. */
	public char delimiter() {
		return delimiter;
	}

	/** True once the end of the file was reached inside a line ({@link PhysicalLineReader#endsMidLine()}). */
	public boolean endsMidLine() {
		return lines.endsMidLine();
	}

	/** The next row, or null at the end of the file. */
	public DelimitedRow next() throws IOException {
		PhysicalLineReader.Line line = lines.next();
		if (line == null) {
			return null;
		}
		if (line.tooLong()) {
			return new DelimitedRow(line.number(), line.text(), new String[0], "the line is " + line.length()
					+ " characters long; a table row is expected to be under " + PhysicalLineReader.MAX_LINE);
		}
		String[] fields = splitter.split(line.text());
		return fields != null ? new DelimitedRow(line.number(), line.text(), fields, null) : parse(line);
	}

	/** opencsv's reading of a line the fast splitter left to it. */
	private DelimitedRow parse(PhysicalLineReader.Line line) {
		try {
			String[] fields = parser.parseLine(line.text());
			for (int i = 0; i < fields.length; i++) {
				fields[i] = fields[i].strip();
			}
			return new DelimitedRow(line.number(), line.text(), fields, null);
		}
		catch (IOException ex) {
			return new DelimitedRow(line.number(), line.text(), new String[0],
					"a quoted field is not closed on this line (truncated row?)");
		}
	}

	@Override
	public void close() throws IOException {
		lines.close();
	}

}
