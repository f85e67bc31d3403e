package com.careerbrief.report.excel;

import java.io.IOException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * Streams one sheet's rows like SXSSF's own writer, except that a text cell of a label style is written
 * as a reference into the shared-strings table ({@code t="s"}) instead of inline text.
 */
final class LabelSheetDataWriter extends SheetDataWriter {

	private final SharedLabels labels;

	LabelSheetDataWriter(SharedLabels labels) throws IOException {
		this.labels = labels;
	}

	@Override
	public void writeCell(int columnIndex, Cell cell) throws IOException {
		// SXSSF passes null for a column the row leaves out
		short style = cell == null || cell.getCellStyle() == null ? 0 : cell.getCellStyle().getIndex();
		int index = style != 0 && cell.getCellType() == CellType.STRING && labels.isLabelStyle(style)
				? labels.indexOf(cell.getStringCellValue()) : -1;
		if (index < 0) {
			super.writeCell(columnIndex, cell);
			return;
		}
		_out.write("<c r=\"");
		_out.write(new CellReference(cell.getRowIndex(), columnIndex).formatAsString());
		_out.write("\" s=\"");
		_out.write(Short.toString(style));
		_out.write("\" t=\"s\"><v>");
		_out.write(Integer.toString(index));
		_out.write("</v></c>");
	}
}
