package com.careerbrief.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

/** careerbrief's sheet writer writes what SXSSF's own would, byte for byte, but label cells as shared strings. */
class LabelSheetDataWriterTests {

	/** Text that every escaping rule of SXSSF's writer touches, and text it leaves alone. */
	private static final List<String> TEXTS = List.of("", "Medical Records Specialists", " leading space", "trailing tab\t",
			"<b>&amp; \"quoted\" 'single'</b>", "line\nbreak\r\nand\ttab", "no\u00A0break", "bell\u0007 null\u0000 esc\u001B",
			"non-characters \uFFFE \uFFFF", "emoji \uD83D\uDCB5 and a lone \uD800 surrogate", "£37,110 – 2015 · ≥ $239,200",
			"é\u0301 combining", ">", "&", "\"");

	@Test
	void textNumbersAndBlanksAreWrittenAsSxssfWritesThemByteForByte() throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(null, -1, false, false);
		try {
			SXSSFSheet sheet = workbook.createSheet("Cells");
			CellStyle styled = workbook.createCellStyle();
			List<SXSSFRow> rows = new java.util.ArrayList<>();
			for (int r = 0; r < TEXTS.size(); r++) {
				SXSSFRow row = sheet.createRow(r * 7 + 3);
				row.createCell(0).setCellValue(TEXTS.get(r));
				row.createCell(2).setCellValue(r * 1234.5678 - 50_000);
				row.createCell(3).setCellValue(Double.NaN);
				row.createCell(27).setCellStyle(styled); // blank, styled, column AB
				row.createCell(28).setCellValue(TEXTS.get(TEXTS.size() - 1 - r));
				row.getCell(28).setCellStyle(styled);
				row.createCell(30).setCellValue(r % 2 == 0); // left to SXSSF
				row.createCell(31).setCellFormula("C" + (r + 1) + "*2"); // left to SXSSF
				row.createCell(32).setCellFormula("HYPERLINK(\"#'Claims'!A" + (r + 2) + "\",\"<&\"\"" + r + "\")");
				row.getCell(32).setCellValue(TEXTS.get(r)); // a formula's cached text, as RowWriter.formula writes it
				rows.add(row);
			}
			rows.get(1).createCell(16_383).setCellValue(1e-7); // the last column, XFD

			StringWriter theirs = new StringWriter();
			StringWriter ours = new StringWriter();
			SheetDataWriter sxssf = new SheetDataWriter(theirs);
			LabelSheetDataWriter careerbrief = new LabelSheetDataWriter(new SharedLabels(new SharedStringsTable(), 10), ours);
			for (SXSSFRow row : rows) {
				sxssf.writeRow(row.getRowNum(), row);
				careerbrief.writeRow(row.getRowNum(), row);
			}
			sxssf.close();
			careerbrief.close();

			assertThat(theirs.toString()).contains("&lt;b&gt;&amp;amp; &quot;quoted&quot;", "bell? null? esc?", "r=\"XFD11\"",
					"xml:space=\"preserve\"", "t=\"str\"><f>HYPERLINK(&quot;#'Claims'!A2&quot;,&quot;&lt;&amp;&quot;&quot;0&quot;)</f>");
			assertThat(ours.toString()).isEqualTo(theirs.toString());
		}
		finally {
			workbook.dispose();
		}
	}

	@Test
	void aTextCellOfALabelStyleIsWrittenAsASharedStringOnce() throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(null, -1, false, false);
		try {
			SXSSFSheet sheet = workbook.createSheet("Labels");
			CellStyle label = workbook.createCellStyle();
			SharedStringsTable table = new SharedStringsTable();
			SharedLabels labels = new SharedLabels(table, 10);
			labels.share(label);
			for (int r = 0; r < 3; r++) {
				SXSSFRow row = sheet.createRow(r);
				row.createCell(0).setCellValue("29-2072");
				row.getCell(0).setCellStyle(label);
				row.createCell(1).setCellValue("a quote, " + r);
			}
			StringWriter out = new StringWriter();
			LabelSheetDataWriter writer = new LabelSheetDataWriter(labels, out);
			for (int r = 0; r < 3; r++) {
				writer.writeRow(r, sheet.getRow(r));
			}
			writer.close();

			String style = Integer.toString(label.getIndex());
			assertThat(out.toString()).contains("<c r=\"A1\" s=\"" + style + "\" t=\"s\"><v>0</v></c>",
					"<c r=\"A3\" s=\"" + style + "\" t=\"s\"><v>0</v></c>",
					"<c r=\"B2\" t=\"inlineStr\"><is><t>a quote, 1</t></is></c>");
			assertThat(table.getUniqueCount()).isEqualTo(1);
		}
		finally {
			workbook.dispose();
		}
	}
}
