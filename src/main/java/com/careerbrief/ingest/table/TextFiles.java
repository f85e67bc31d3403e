package com.careerbrief.ingest.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens table files as text: recognises binary files, picks UTF-8 or (when the bytes are not valid
 * UTF-8) Windows-1252, and reads the first lines for format detection.
 */
public final class TextFiles {

	/** Windows-1252: what Excel on Windows writes for "CSV" when the file is not UTF-8. */
	public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final int SNIFF_BYTES = 8192;

	private TextFiles() {
	}

	/**
	 * Why the file cannot be read as text, or null when it can.
	 * A NUL byte in the first 8 KB means a binary file (xlsx, pdf, image) named like a table.
	 */
	public static String binaryProblem(Path file) throws IOException {
		byte[] head = new byte[SNIFF_BYTES];
		int n;
		try (InputStream in = Files.newInputStream(file)) {
			n = in.readNBytes(head, 0, head.length);
		}
		if (n >= 2 && head[0] == 'P' && head[1] == 'K') {
			return "the file is a ZIP archive (an .xlsx workbook?), not a text table";
		}
		for (int i = 0; i < n; i++) {
			if (head[i] == 0) {
				return "the file is binary (NUL byte at offset " + i + "), not a text table";
			}
		}
		return null;
	}

	/**
	 * UTF-8 when every byte sequence of the file is valid UTF-8, else Windows-1252. The whole file is
	 * scanned (cheap next to parsing) because a single accented title can sit on the last line.
	 */
	public static Charset charsetOf(Path file) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
		CharBuffer chars = CharBuffer.allocate(1 << 16);
		try (InputStream in = Files.newInputStream(file)) {
			boolean end = false;
			while (!end) {
				int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
				end = n < 0;
				if (n > 0) {
					bytes.position(bytes.position() + n);
				}
				bytes.flip();
				CoderResult result = decoder.decode(bytes, chars, end);
				if (result.isError() || (end && bytes.hasRemaining())) {
					return WINDOWS_1252;
				}
				chars.clear();
				bytes.compact();
			}
		}
		return StandardCharsets.UTF_8;
	}

	/** The first {@code max} lines, BOM removed, in the file's detected charset; empty for a binary file. */
	public static List<String> headLines(Path file, int max) throws IOException {
		List<String> lines = new ArrayList<>();
		if (binaryProblem(file) != null) {
			return lines;
		}
		try (PhysicalLineReader reader = PhysicalLineReader.open(file)) {
			PhysicalLineReader.Line line;
			while (lines.size() < max && (line = reader.next()) != null) {
				lines.add(line.text());
			}
		}
		return lines;
	}

}
