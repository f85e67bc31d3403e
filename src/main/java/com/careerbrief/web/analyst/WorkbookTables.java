package com.careerbrief.web.analyst;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.xml.parsers.SAXParserFactory;

import com.careerbrief.web.download.PublishedRun;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.XMLReader;

import org.springframework.stereotype.Component;

/**
 * The analyst's tables, read from the published workbook with POI's streaming reader (a large workbook is
 * never loaded whole), once per run and table: a table split over several sheets ("Claims", "Claims 2" …)
 * is read as one.
 */
@Component
class WorkbookTables {

	static final String WORKBOOK = "careerbrief.xlsx";

	private final Map<String, Table> cache = new ConcurrentHashMap<>();

	private volatile long cachedRun = -1;

	/** One table: its header and its rows, each cell as the workbook shows it. */
	record Table(List<String> headers, List<List<String>> rows) {

		int column(String header) {
			return headers.indexOf(header);
		}
	}

	Table table(PublishedRun run, String name) {
		if (cachedRun != run.runId()) {
			cache.clear();
			cachedRun = run.runId();
		}
		return cache.computeIfAbsent(name, n -> read(run, n));
	}

	private static Table read(PublishedRun run, String name) {
		Path file = run.file(WORKBOOK).orElseThrow(() -> new UncheckedIOException(new IOException("No workbook")));
		Pattern part = Pattern.compile(Pattern.quote(name) + "( \\d+)?");
		List<String> headers = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
			StylesTable styles = reader.getStylesTable();
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream in = sheets.next()) {
					if (part.matcher(sheets.getSheetName()).matches()) {
						readSheet(in, strings, styles, headers, rows);
					}
				}
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot read sheet " + name + " of run " + run.runId(), ex);
		}
		return new Table(List.copyOf(headers), rows);
	}

	private static void readSheet(InputStream in, ReadOnlySharedStringsTable strings, StylesTable styles,
			List<String> headers, List<List<String>> rows) throws Exception {
		XMLReader parser = SAXParserFactory.newDefaultNSInstance().newSAXParser().getXMLReader();
		parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new RowCollector(headers, rows),
				new DataFormatter(), false));
		parser.parse(new org.xml.sax.InputSource(in));
	}

	/** Collects rows; the first row of each sheet is its header. */
	private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final List<String> headers;

		private final List<List<String>> rows;

		private List<String> row;

		private boolean header;

		RowCollector(List<String> headers, List<List<String>> rows) {
			this.headers = headers;
			this.rows = rows;
		}

		@Override
		public void startRow(int rowNum) {
			row = new ArrayList<>();
			header = rowNum == 0;
		}

		@Override
		public void endRow(int rowNum) {
			if (header) {
				if (headers.isEmpty()) {
					headers.addAll(row);
				}
			}
			else if (row.stream().anyMatch(c -> !c.isEmpty())) {
				rows.add(row);
			}
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = new CellReference(reference).getCol();
			while (row.size() < column) {
				row.add("");
			}
			row.add(value == null ? "" : value);
		}

	}

}
