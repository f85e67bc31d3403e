package com.careerbrief.report.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;

/**
 * One logical table streamed into one or more sheets: a frozen header row, rows appended in order,
 * a continuation sheet ("Claims 2") when the row limit is reached, and at the end an Excel table
 * with autofilter and column widths from the longest text seen.
 */
final class TableSheet {

	private static final int MAX_WIDTH_CHARS = 80;

	private final SXSSFWorkbook workbook;
	private final WorkbookStyles styles;
	private final String name;
	private final List<String> headers;
	private final int rowLimit;
	private final List<SXSSFSheet> parts = new ArrayList<>();
	private final int[] widths;
	private int nextRow;
	private long dataRows;

	TableSheet(SXSSFWorkbook workbook, WorkbookStyles styles, String name, List<String> headers, int rowLimit) {
		this.workbook = workbook;
		this.styles = styles;
		this.name = name;
		this.headers = List.copyOf(headers);
		this.rowLimit = rowLimit;
		this.widths = new int[headers.size()];
		startPart();
	}

	/** A new data row, on a new numbered sheet when the current one is full. */
	RowWriter newRow() {
		if (nextRow >= rowLimit) {
			startPart();
		}
		dataRows++;
		return new RowWriter(current().createRow(nextRow++), styles, this::track);
	}

	/** Data rows written so far, over all parts. */
	long dataRows() {
		return dataRows;
	}

	/** Sheet names, first part first. */
	List<String> sheetNames() {
		return parts.stream().map(SXSSFSheet::getSheetName).toList();
	}

	/** Turns each part into an Excel table and sets its widths; {@code each} then gets each part and its last row. */
	void finish(BiConsumer<SXSSFSheet, Integer> each) {
		for (int i = 0; i < parts.size(); i++) {
			SXSSFSheet part = parts.get(i);
			int lastRow = i < parts.size() - 1 ? rowLimit - 1 : Math.max(nextRow - 1, 1);
			for (int c = 0; c < widths.length; c++) {
				part.setColumnWidth(c, Math.min(Math.max(widths[c], 6) + 2, MAX_WIDTH_CHARS) * 256);
			}
			addTable(part, lastRow, i + 1);
			each.accept(part, lastRow);
		}
	}

	void finish() {
		finish((part, lastRow) -> {
		});
	}

	private void addTable(SXSSFSheet part, int lastRow, int number) {
		// SXSSF streams rows but keeps tables on the underlying XSSFSheet, which is written as the sheet's
		// template; the table's header names must equal the header cells or Excel "repairs" the file.
		XSSFSheet sheet = workbook.getXSSFWorkbook().getSheet(part.getSheetName());
		AreaReference area = new AreaReference(new CellReference(0, 0),
				new CellReference(lastRow, headers.size() - 1), SpreadsheetVersion.EXCEL2007);
		XSSFTable table = sheet.createTable(area);
		String tableName = name.replaceAll("[^A-Za-z0-9]", "") + (number > 1 ? "_" + number : "");
		table.setName(tableName);
		table.setDisplayName(tableName);
		for (int c = 0; c < headers.size(); c++) {
			table.getColumns().get(c).setName(headers.get(c));
		}
		table.getCTTable().addNewAutoFilter().setRef(area.formatAsString());
		table.setStyleName("TableStyleLight9");
		table.getCTTable().getTableStyleInfo().setShowRowStripes(true);
	}

	private void startPart() {
		String sheetName = parts.isEmpty() ? name : name + " " + (parts.size() + 1);
		SXSSFSheet sheet = workbook.createSheet(sheetName);
		if (!parts.isEmpty()) {
			workbook.setSheetOrder(sheetName, workbook.getSheetIndex(current()) + 1);
		}
		parts.add(sheet);
		sheet.createFreezePane(0, 1);
		SXSSFRow row = sheet.createRow(0);
		for (int c = 0; c < headers.size(); c++) {
			row.createCell(c).setCellValue(headers.get(c));
			row.getCell(c).setCellStyle(styles.header);
			track(c, headers.get(c).length() + 3); // room for the autofilter button
		}
		nextRow = 1;
	}

	private SXSSFSheet current() {
		return parts.get(parts.size() - 1);
	}

	private void track(int column, int chars) {
		widths[column] = Math.max(widths[column], chars);
	}
}
