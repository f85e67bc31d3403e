package com.careerbrief.report.excel;

import java.io.IOException;
import java.io.Writer;

/**
 * A buffered writer for one sheet's temporary XML, without the lock {@link java.io.BufferedWriter} takes on
 * every call: a sheet is written by one thread, in some fifty million small writes on the shipped input.
 */
final class SheetXmlWriter extends Writer {

	private final Writer out;

	private final char[] buffer = new char[64 * 1024];

	private int count;

	private boolean closed;

	SheetXmlWriter(Writer out) {
		this.out = out;
	}

	@Override
	public void write(int c) throws IOException {
		ensureOpen();
		if (count == buffer.length) {
			flushBuffer();
		}
		buffer[count++] = (char) c;
	}

	@Override
	public void write(String text) throws IOException {
		write(text, 0, text.length());
	}

	@Override
	public void write(String text, int offset, int length) throws IOException {
		ensureOpen();
		while (length > 0) {
			if (count == buffer.length) {
				flushBuffer();
			}
			int n = Math.min(length, buffer.length - count);
			text.getChars(offset, offset + n, buffer, count);
			count += n;
			offset += n;
			length -= n;
		}
	}

	@Override
	public void write(char[] chars, int offset, int length) throws IOException {
		ensureOpen();
		while (length > 0) {
			if (count == buffer.length) {
				flushBuffer();
			}
			int n = Math.min(length, buffer.length - count);
			System.arraycopy(chars, offset, buffer, count, n);
			count += n;
			offset += n;
			length -= n;
		}
	}

	@Override
	public void flush() throws IOException {
		flushBuffer();
		out.flush();
	}

	@Override
	public void close() throws IOException {
		if (!closed) {
			try {
				flushBuffer();
			}
			finally {
				closed = true;
				out.close();
			}
		}
	}

	private void ensureOpen() throws IOException {
		if (closed) {
			throw new IOException("Stream closed");
		}
	}

	private void flushBuffer() throws IOException {
		ensureOpen();
		out.write(buffer, 0, count);
		count = 0;
	}
}
