package com.careerbrief.report.excel;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * The workbook's shared-strings table, used only for labels: short texts that repeat on many rows (codes,
 * titles, sources, statistics). Cells of the label styles point into it; every other text stays inline, so
 * unique text such as quotes never piles up in memory. Past {@code capacity} distinct labels, new ones are
 * written inline too, which keeps memory bounded whatever the data.
 */
final class SharedLabels {

	private final SharedStringsTable table;
	private final int capacity;
	private final BitSet styles = new BitSet();
	private final Map<String, Integer> indexes = new HashMap<>();

	SharedLabels(SharedStringsTable table, int capacity) {
		this.table = table;
		this.capacity = capacity;
	}

	/** Text cells of this style are written as shared strings. */
	void share(CellStyle style) {
		styles.set(style.getIndex() & 0xFFFF);
	}

	boolean isLabelStyle(short styleIndex) {
		return styles.get(styleIndex & 0xFFFF);
	}

	/** The label's index in the shared-strings table, or -1 when it must be written inline. */
	int indexOf(String label) {
		Integer index = indexes.get(label);
		if (index != null) {
			return index;
		}
		if (indexes.size() >= capacity || !isPlainXml(label)) {
			return -1;
		}
		index = table.addSharedStringItem(new XSSFRichTextString(label));
		indexes.put(label, index);
		return index;
	}

	int size() {
		return indexes.size();
	}

	/** Control characters are left to SXSSF's inline writer, which knows how to replace them. */
	private static boolean isPlainXml(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
				return false;
			}
		}
		return true;
	}
}
