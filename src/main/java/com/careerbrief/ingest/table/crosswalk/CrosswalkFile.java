package com.careerbrief.ingest.table.crosswalk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import com.careerbrief.ingest.table.LineNumberedCsvReader;
import com.careerbrief.ingest.table.LineNumberedCsvReader.CsvRecord;
import com.careerbrief.occupation.CrosswalkRow;
import com.careerbrief.occupation.CrosswalkSocCrosswalk;

/**
 * Reads the BLS SOC 2010 → 2018 crosswalk CSV (preamble, header, mappings) into parsed rows, keeping
 * each unreadable data row with the reason it could not be read.
 */
public final class CrosswalkFile {

	/** The header's first cells, lower case; the preamble before it varies. */
	static final String HEADER = "2010 soc code,2010 soc title,2018 soc code,2018 soc title";

	private static final Pattern SOC = Pattern.compile("\\d{2}-\\d{4}");

	/**
	 * One data row: parsed, or set aside with a reason.
	 * @param record the CSV record
	 * @param row the parsed mapping, or null
	 * @param problem why the row could not be read, or null
	 */
	public record Line(CsvRecord record, CrosswalkRow row, String problem) {
	}

	private CrosswalkFile() {
	}

	/** Whether a line is the crosswalk's column header. */
	static boolean isHeader(String line) {
		return line.trim().toLowerCase(Locale.ROOT).replace("\"", "").startsWith(HEADER);
	}

	/** Every data row after the header; empty when the file has no header. */
	/** Reads the BLS crosswalk CSV; unreadable rows are skipped here (the table format reports them). */
	public static CrosswalkSocCrosswalk load(Path file) throws IOException {
		return new CrosswalkSocCrosswalk(read(file).stream().map(Line::row).filter(Objects::nonNull).toList());
	}

	public static List<Line> read(Path file) throws IOException {
		List<Line> lines = new ArrayList<>();
		try (LineNumberedCsvReader reader = new LineNumberedCsvReader(file, ',')) {
			boolean inData = false;
			for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
				if (inData) {
					lines.add(parse(record));
				}
				else if (record.problem() == null && isHeader(String.join(",", record.cells()))) {
					inData = true;
				}
			}
		}
		return lines;
	}

	static Line parse(CsvRecord record) {
		String[] c = record.cells();
		if (record.problem() != null) {
			return new Line(record, null, record.problem());
		}
		if (c.length < 4) {
			return new Line(record, null, "expected 4 cells (2010 code, 2010 title, 2018 code, 2018 title), found "
					+ c.length + " (truncated row?)");
		}
		String code2010 = c[0].trim();
		String code2018 = c[2].trim();
		if (!SOC.matcher(code2010).matches() || !SOC.matcher(code2018).matches()) {
			return new Line(record, null, "expected SOC codes like 29-2071 in the 2010 and 2018 code columns, found '"
					+ code2010 + "' and '" + code2018 + "'");
		}
		String title2010 = c[1].trim();
		String title2018 = c[3].trim();
		// "(##)" must be tested before "(#)" would match its tail.
		boolean merged = title2018.endsWith("(##)");
		boolean split = title2010.endsWith("(#)");
		return new Line(record, new CrosswalkRow(record.line(), code2010, strip(title2010, split), split, code2018,
				strip(title2018, merged), merged), null);
	}

	private static String strip(String title, boolean marked) {
		return marked ? title.substring(0, title.lastIndexOf('(')).trim() : title;
	}

}
