package com.careerbrief.report.excel;

import java.io.IOException;
import java.util.Arrays;

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

	/** Column letters by index ("A", "B", …, "AA"), made once: a workbook writes millions of label cells. */
	private String[] columns = new String[0];

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
		_out.write(column(columnIndex));
		_out.write(Integer.toString(cell.getRowIndex() + 1));
		_out.write("\" s=\"");
		_out.write(Short.toString(style));
		_out.write("\" t=\"s\"><v>");
		_out.write(Integer.toString(index));
		_out.write("</v></c>");
	}

	private String column(int index) {
		if (index >= columns.length) {
			columns = Arrays.copyOf(columns, index + 1);
		}
		if (columns[index] == null) {
			columns[index] = CellReference.convertNumToColString(index);
		}
		return columns[index];
	}
}
