package com.careerbrief.report.excel;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * Streams one sheet's rows as SXSSF's own writer does, byte for byte, except that a text cell of a label style
 * is written as a reference into the shared-strings table ({@code t="s"}) instead of inline text. Text,
 * number and blank cells, nearly all of a workbook's millions, are written here with each column's letters
 * and the row's number made once, and text is escaped by runs instead of one character (and one write) at a
 * time, into a temporary file through a writer that takes no lock per call; other cell types are left to SXSSF.
 */
final class LabelSheetDataWriter extends SheetDataWriter {

	private final SharedLabels labels;

	/** Column letters by index ("A", "B", …, "AA"), made once: a workbook writes millions of cells. */
	private String[] columns = new String[0];

	/** The number of the row being written, as a cell reference gives it (1-based). */
	private String rowNumber = "";

	LabelSheetDataWriter(SharedLabels labels) throws IOException {
		this.labels = labels;
	}

	/** Writes to {@code out} instead of a temporary file (for tests). */
	LabelSheetDataWriter(SharedLabels labels, Writer out) throws IOException {
		super(out);
		this.labels = labels;
	}

	/** The sheet's temporary file written through a {@link SheetXmlWriter}, as UTF-8 like SXSSF's own. */
	@Override
	@SuppressWarnings("deprecation")
	public Writer createWriter(File file) throws IOException {
		FileOutputStream stream = new FileOutputStream(file);
		try {
			return new SheetXmlWriter(new OutputStreamWriter(decorateOutputStream(stream), StandardCharsets.UTF_8));
		}
		catch (IOException | RuntimeException ex) {
			stream.close();
			throw ex;
		}
	}

	@Override
	public void writeRow(int rownum, SXSSFRow row) throws IOException {
		rowNumber = Integer.toString(rownum + 1);
		super.writeRow(rownum, row);
	}

	@Override
	public void writeCell(int columnIndex, Cell cell) throws IOException {
		// SXSSF passes null for a column the row leaves out
		if (cell == null) {
			return;
		}
		CellStyle cellStyle = cell.getCellStyle();
		int style = cellStyle == null ? 0 : cellStyle.getIndex() & 0xFFFF;
		switch (cell.getCellType()) {
			case STRING -> {
				String text = cell.getStringCellValue();
				int index = style != 0 && labels.isLabelStyle((short) style) ? labels.indexOf(text) : -1;
				start(columnIndex, style);
				if (index >= 0) {
					_out.write(" t=\"s\"><v>");
					_out.write(Integer.toString(index));
					_out.write("</v></c>");
				}
				else {
					_out.write(" t=\"inlineStr\"><is><t");
					if (hasLeadingOrTrailingSpace(text)) {
						_out.write(" xml:space=\"preserve\"");
					}
					_out.write('>');
					outputEscapedString(text);
					_out.write("</t></is></c>");
				}
			}
			case NUMERIC -> {
				start(columnIndex, style);
				_out.write(" t=\"n\"><v>");
				_out.write(Double.toString(cell.getNumericCellValue()));
				_out.write("</v></c>");
			}
			case BLANK -> {
				start(columnIndex, style);
				_out.write("></c>");
			}
			default -> super.writeCell(columnIndex, cell);
		}
	}

	/** {@code <c r="B7"} and the style attribute when the style is not the default one. */
	private void start(int columnIndex, int style) throws IOException {
		_out.write("<c r=\"");
		_out.write(column(columnIndex));
		_out.write(rowNumber);
		_out.write('"');
		if (style != 0) {
			_out.write(" s=\"");
			_out.write(Integer.toString(style));
			_out.write('"');
		}
	}

	/**
	 * Escapes as SXSSF does (markup characters and line breaks, tabs and no-break spaces as references, other
	 * control characters and the non-characters U+FFFE and U+FFFF as "?"), writing the plain runs between
	 * them whole.
	 */
	@Override
	protected void outputEscapedString(String text) throws IOException {
		if (text == null) {
			return;
		}
		int run = 0;
		for (int i = 0; i < text.length(); i++) {
			String escaped = escape(text.charAt(i));
			if (escaped != null) {
				_out.write(text, run, i - run);
				_out.write(escaped);
				run = i + 1;
			}
		}
		_out.write(text, run, text.length() - run);
	}

	/** What a character is written as, or null when it is written as it is. */
	private static String escape(char c) {
		return switch (c) {
			case '<' -> "&lt;";
			case '>' -> "&gt;";
			case '&' -> "&amp;";
			case '"' -> "&quot;";
			case '\n' -> "&#xa;";
			case '\r' -> "&#xd;";
			case '\t' -> "&#x9;";
			case '\u00A0' -> "&#xa0;";
			default -> c < ' ' || c == '\uFFFE' || c == '\uFFFF' ? "?" : null;
		};
	}

	private static boolean hasLeadingOrTrailingSpace(String text) {
		return !text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
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
