package com.careerbrief.ingest.table;

import java.util.List;

import com.careerbrief.model.Figure;
import com.careerbrief.model.RejectedRow;

/** Builds the three kinds of {@link TableItem} a row can become: accepted, filtered, rejected. */
public final class TableItems {

	private TableItems() {
	}

	public static TableItem accepted(String file, DelimitedRow row, List<Figure> figures) {
		return new TableItem(file, row.line(), List.copyOf(figures), List.of(), List.of(), null, row.rawShown());
	}

	public static TableItem filtered(String file, DelimitedRow row, String reason) {
		return setAside(file, row, reason, true);
	}

	public static TableItem rejected(String file, DelimitedRow row, String reason) {
		return setAside(file, row, reason, false);
	}

	private static TableItem setAside(String file, DelimitedRow row, String reason, boolean filtered) {
		RejectedRow rejected = new RejectedRow(file, row.line(), row.rawShown(), reason, filtered);
		return new TableItem(file, row.line(), List.of(), List.of(), List.of(), rejected);
	}

}
