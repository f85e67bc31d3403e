package com.careerbrief.ingest.table;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a text file line by line with 1-based physical line numbers, accepting LF, CRLF and CR
 * endings, dropping a leading BOM, and cutting over-long lines instead of holding them in memory.
 */
public final class PhysicalLineReader implements Closeable {

	/** Longest line kept whole; a real table row is a few hundred characters. */
	public static final int MAX_LINE = 1 << 16;

	/**
	 * One physical line.
	 * @param number 1-based line number
	 * @param text the line without its ending (cut to {@link #MAX_LINE} when too long)
	 * @param length the full length in characters
	 */
	public record Line(long number, String text, long length) {

		/** True when the line was longer than {@link #MAX_LINE} and {@code text} is only its start. */
		public boolean tooLong() {
			return length > MAX_LINE;
		}
	}

	private final Reader reader;

	private final char[] buffer = new char[1 << 16];

	private final StringBuilder current = new StringBuilder(256);

	private int pos;

	private int limit;

	private long number;

	private boolean first = true;

	private boolean skipLf;

	private boolean endsMidLine;

	public PhysicalLineReader(Reader reader) {
		this.reader = reader;
	}

	/** Opens a file in its detected charset ({@link TextFiles#charsetOf}). */
	public static PhysicalLineReader open(Path file) throws IOException {
		Charset charset = TextFiles.charsetOf(file);
		return new PhysicalLineReader(new InputStreamReader(Files.newInputStream(file), charset));
	}

	/** The next line, or null at the end of the file. */
	public Line next() throws IOException {
		current.setLength(0);
		long length = 0;
		while (true) {
			if (pos == limit && !fill()) {
				if (length == 0 && current.length() == 0) {
					return null;
				}
				endsMidLine = true;
				return line(length);
			}
			if (skipLf) {
				skipLf = false;
				if (buffer[pos] == '\n') {
					pos++;
					continue;
				}
			}
			if (first) {
				first = false;
				if (buffer[pos] == '\uFEFF') {
					pos++;
					continue;
				}
			}
			int end = lineEnd();
			// Copy the run up to the line end (or the buffer end) at once, not character by character.
			int keep = (int) Math.max(0, Math.min(end - pos, MAX_LINE - length));
			current.append(buffer, pos, keep);
			length += end - pos;
			pos = end;
			if (end < limit) {
				skipLf = buffer[pos++] == '\r';
				return line(length);
			}
		}
	}

	/**
	 * True once the end of the file was reached inside a line: the last line returned has no line end, as
	 * when a download or copy stopped mid-row.
	 */
	public boolean endsMidLine() {
		return endsMidLine;
	}

	/** The index of the next CR or LF in the buffer, or {@code limit}. */
	private int lineEnd() {
		for (int i = pos; i < limit; i++) {
			char c = buffer[i];
			if (c == '\n' || c == '\r') {
				return i;
			}
		}
		return limit;
	}

	private Line line(long length) {
		number++;
		return new Line(number, current.toString(), length);
	}

	private boolean fill() throws IOException {
		int n = reader.read(buffer, 0, buffer.length);
		if (n <= 0) {
			return false;
		}
		pos = 0;
		limit = n;
		return true;
	}

	@Override
	public void close() throws IOException {
		reader.close();
	}

}
