package com.careerbrief.job;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;

/**
 * Reads one sheet of a large workbook with POI's streaming reader, keeping each cell's text (shared strings looked up) and
 * whether Excel stores it as a number: the full workbook is too large for a DOM read in a test.
 */
final class StreamedSheet {

	/** One cell: its value as stored and whether it is a number. */
	record Cell(String value, boolean numeric) {
	}

	final List<List<Cell>> rows = new ArrayList<>();

	private final SharedStrings strings;

	private final Predicate<List<Cell>> keep;

	private StreamedSheet(SharedStrings strings, Predicate<List<Cell>> keep) {
		this.strings = strings;
		this.keep = keep;
	}

	static StreamedSheet read(Path workbook, String sheetName) throws Exception {
		return read(workbook, sheetName, row -> true);
	}

	/** Keeps the header row and the rows {@code keep} accepts: a large sheet need not fit in memory. */
	static StreamedSheet read(Path workbook, String sheetName, Predicate<List<Cell>> keep) throws Exception {
		try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			SharedStrings strings = reader.getSharedStringsTable();
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream in = sheets.next()) {
					if (sheets.getSheetName().equals(sheetName)) {
						StreamedSheet sheet = new StreamedSheet(strings, keep);
						SAXParserFactory.newInstance().newSAXParser().parse(in, sheet.new Handler());
						sheet.dropLastUnlessKept();
						return sheet;
					}
				}
			}
		}
		throw new AssertionError("No sheet '" + sheetName + "' in " + workbook);
	}

	List<Cell> rowStartingWith(String first) {
		return rows.stream()
			.filter(r -> !r.isEmpty() && first.equals(r.get(0).value()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row starting with " + first));
	}

	int column(String headerPrefix) {
		List<Cell> header = rows.get(0);
		for (int i = 0; i < header.size(); i++) {
			if (header.get(i).value().startsWith(headerPrefix)) {
				return i;
			}
		}
		throw new AssertionError("No column " + headerPrefix);
	}

	private void dropLastUnlessKept() {
		if (rows.size() > 1 && !keep.test(rows.get(rows.size() - 1))) {
			rows.remove(rows.size() - 1);
		}
	}

	private final class Handler extends SheetCellHandler {

		private List<Cell> row;

		Handler() {
			super(strings);
		}

		@Override
		void row() {
			dropLastUnlessKept();
			row = new ArrayList<>();
			rows.add(row);
		}

		@Override
		void cell(String ref, String type, String value) {
			int column = columnIndex(ref);
			while (row.size() < column) {
				row.add(new Cell("", false));
			}
			row.add(new Cell(value, type == null || "n".equals(type)));
		}

		private static int columnIndex(String ref) {
			int index = 0;
			for (char c : ref.toCharArray()) {
				if (Character.isDigit(c)) {
					break;
				}
				index = index * 26 + (c - 'A' + 1);
			}
			return index - 1;
		}

	}

}
