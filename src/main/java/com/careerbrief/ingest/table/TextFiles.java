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
	 * Why the file cannot be read as text, or null when it can: a workbook, an archive, UTF-16 text or
	 * other binary content (a NUL byte in the first 8 KB) named like a table.
	 */
	public static String binaryProblem(Path file) throws IOException {
		byte[] head = new byte[SNIFF_BYTES];
		int n;
		try (InputStream in = Files.newInputStream(file)) {
			n = in.readNBytes(head, 0, head.length);
		}
		return binaryProblem(head, n);
	}

	/**
	 * What the first {@code n} bytes of a file say it is when it is no text table, or null. UTF-16 is
	 * named rather than decoded: every reader here decodes UTF-8 or Windows-1252, and a person can
	 * re-save the file in one of them ("CSV UTF-8" in Excel).
	 */
	public static String binaryProblem(byte[] head, int n) {
		boolean littleEndianBom = n >= 2 && head[0] == (byte) 0xFF && head[1] == (byte) 0xFE;
		if (littleEndianBom || (n >= 2 && head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)) {
			return "the file is UTF-16 text, not UTF-8: save it as CSV UTF-8";
		}
		if (n >= 2 && head[0] == (byte) 0x1F && head[1] == (byte) 0x8B) {
			return "the file is gzip-compressed, not a text table: unpack it first";
		}
		if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
			return new String(head, 0, n, StandardCharsets.ISO_8859_1).contains("xl/")
					? "the file is an Excel .xlsx workbook (zip), not a text table: save the sheet as CSV"
					: "the file is a ZIP archive, not a text table";
		}
		for (int i = 0; i < n; i++) {
			if (head[i] == 0) {
				return looksLikeUtf16(head, n) ? "the file is UTF-16 text, not UTF-8: save it as CSV UTF-8"
						: "the file is binary (NUL byte at offset " + i + "), not a text table";
			}
		}
		return null;
	}

	/** UTF-16 text without a byte-order mark: of ASCII text, every other byte is NUL. */
	private static boolean looksLikeUtf16(byte[] head, int n) {
		int pairs = Math.min(n, 512) / 2;
		int evenNul = 0;
		int oddNul = 0;
		for (int i = 0; i < pairs; i++) {
			evenNul += head[2 * i] == 0 ? 1 : 0;
			oddNul += head[2 * i + 1] == 0 ? 1 : 0;
		}
		return pairs >= 4 && (Math.max(evenNul, oddNul) >= pairs * 9 / 10) && Math.min(evenNul, oddNul) == 0;
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
