package com.careerbrief.ingest.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Picks the layout of a table file from its first lines and opens it; a file no layout accepts is
 * still opened, so that every one of its lines is accounted for as rejected.
 */
public final class TableFormats {

	private static final int HEAD_BYTES = 64 * 1024;

	private static final int HEAD_LINES = 20;

	private final List<TableFormat> formats;

	private final RunDateCheck runDate;

	/** Formats checked against today's date (tests and tools; the job passes its run date). */
	public TableFormats(List<TableFormat> formats) {
		this(formats, LocalDate.now());
	}

	/** @param runDate no figure may be dated after it ({@link RunDateCheck}) */
	public TableFormats(List<TableFormat> formats, LocalDate runDate) {
		this.formats = List.copyOf(formats);
		this.runDate = new RunDateCheck(runDate);
	}

	/** Opens the file with the first format that accepts it; rows dated after the run date are rejected. */
	public TableSource open(Path file) throws IOException {
		return new RunDateCheckedTableSource(openUnchecked(file), runDate);
	}

	private TableSource openUnchecked(Path file) throws IOException {
		byte[] head = head(file);
		String binary = TextFiles.binaryProblem(head, head.length);
		if (binary != null) {
			return UnreadableTableSource.wholeFile(file, binary);
		}
		List<String> lines = headLines(head);
		String name = file.getFileName().toString();
		for (TableFormat format : formats) {
			if (format.accepts(name, lines)) {
				return format.open(file);
			}
		}
		return UnreadableTableSource.lineByLine(file, lines.isEmpty() ? "" : lines.get(0));
	}

	private static byte[] head(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(HEAD_BYTES);
		}
	}

	/** The first lines of a file as layouts see them: UTF-8, byte-order mark removed. */
	public static List<String> headLines(Path file) throws IOException {
		return headLines(head(file));
	}

	static List<String> headLines(byte[] head) {
		String text = new String(head, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		// CR alone ends a line too (old Mac files): without it a whole file was one "line".
		List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r\n|\r|\n", -1)));
		if (head.length == HEAD_BYTES && !lines.isEmpty()) {
			lines.remove(lines.size() - 1); // cut mid-line by the byte limit
		}
		return lines.subList(0, Math.min(HEAD_LINES, lines.size()));
	}

}
