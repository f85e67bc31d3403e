package com.careerbrief.report.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.careerbrief.model.OccupationReport;
import com.careerbrief.model.RejectedRow;

/** Test helper: reads a written workbook back with plain XSSF, as Excel would see it. */
final class WorkbookReader {

	private WorkbookReader() {
	}

	/** Writes the fixtures' run with the given reports and rejected rows into {@code dir}, then reads it back. */
	static XSSFWorkbook writeAndRead(Path dir, WorkbookOptions options, List<OccupationReport> reports,
			List<RejectedRow> rejected) throws IOException {
		Path target = dir.resolve("careerbrief.xlsx");
		try (WorkbookWriter writer = new WorkbookWriter(target, options)) {
			writer.open(ReportFixtures.run());
			reports.forEach(writer::addOccupation);
			rejected.forEach(writer::addRejected);
			writer.finish();
		}
		return read(target);
	}

	static XSSFWorkbook read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	/** The cell in the row whose column {@code keyHeader} holds {@code key}, under header {@code header}. */
	static Cell cell(XSSFSheet sheet, String keyHeader, String key, String header) {
		Row row = row(sheet, keyHeader, key);
		// the writer leaves out empty cells, as Excel does
		return row.getCell(column(sheet, header), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
	}

	static Row row(XSSFSheet sheet, String keyHeader, String key) {
		int keyColumn = column(sheet, keyHeader);
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && key.equals(text(row.getCell(keyColumn)))) {
				return row;
			}
		}
		throw new AssertionError("no row with " + keyHeader + " = " + key + " in " + sheet.getSheetName());
	}

	static int column(XSSFSheet sheet, String header) {
		for (Cell cell : sheet.getRow(0)) {
			if (header.equals(cell.getStringCellValue())) {
				return cell.getColumnIndex();
			}
		}
		throw new AssertionError("no column " + header + " in " + sheet.getSheetName());
	}

	static String text(Cell cell) {
		return cell == null ? null : new DataFormatter().formatCellValue(cell);
	}
}
