package com.careerbrief.report.excel;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Test helper: counts the rows of chosen sheets with a SAX pass over the sheet XML, so a workbook of
 * millions of rows can be checked in a small heap, which loading it with XSSFWorkbook could not.
 */
final class StreamedRowCounter {

	private StreamedRowCounter() {
	}

	/** Rows per sheet (header included) of the sheets whose name {@code wanted} accepts, in workbook order. */
	static Map<String, Long> count(Path workbook, Predicate<String> wanted) throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream xml = sheets.next()) {
					if (wanted.test(sheets.getSheetName())) {
						counts.put(sheets.getSheetName(), rows(xml));
					}
				}
			}
		}
		return counts;
	}

	private static long rows(InputStream xml) throws Exception {
		long[] rows = { 0 };
		SAXParserFactory factory = SAXParserFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.newSAXParser().parse(xml, new DefaultHandler() {
			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				if ("row".equals(localName)) {
					rows[0]++;
				}
			}
		});
		return rows[0];
	}
}
