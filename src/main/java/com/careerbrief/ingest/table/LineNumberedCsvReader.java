package com.careerbrief.ingest.table;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvValidationException;

/**
 * Reads CSV records (quoted cells may span lines) together with the physical line each record starts
 * on, so set-aside rows can be found in the file by a person.
 */
public final class LineNumberedCsvReader implements Closeable {

	/**
	 * One CSV record.
	 * @param line 1-based physical line the record starts on
	 * @param cells the cells, BOM removed from the first; empty when {@code problem} is set
	 * @param problem why the record could not be parsed, or null
	 */
	public record CsvRecord(long line, String[] cells, String problem) {

		/** The cells joined back with commas, cut to a readable length, for a rejected row. */
		public String raw() {
			String joined = String.join(",", cells);
			return joined.length() > 300 ? joined.substring(0, 300) + "…" : joined;
		}
	}

	private final CSVReader reader;

	private boolean first = true;

	private boolean broken;

	public LineNumberedCsvReader(Path file, char separator) throws IOException {
		BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
		// RFC 4180 parsing: a backslash is plain text in agency files, not an escape character.
		this.reader = new CSVReaderBuilder(in)
			.withCSVParser(new RFC4180ParserBuilder().withSeparator(separator).build())
			.build();
	}

	/** The next record, or null at the end; a malformed record is returned once with its problem, then the end. */
	public CsvRecord next() throws IOException {
		if (broken) {
			return null;
		}
		long start = reader.getLinesRead() + 1;
		try {
			String[] cells = reader.readNext();
			if (cells == null) {
				return null;
			}
			if (first && cells.length > 0 && cells[0].startsWith("\uFEFF")) {
				cells[0] = cells[0].substring(1);
			}
			first = false;
			return new CsvRecord(start, cells, null);
		}
		catch (CsvMalformedLineException | CsvValidationException ex) {
			broken = true;
			return new CsvRecord(start, new String[0],
					"a quoted cell is never closed, so the row runs to the end of the file (truncated file?)");
		}
	}

	@Override
	public void close() throws IOException {
		reader.close();
	}

}
