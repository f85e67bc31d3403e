package com.careerbrief.ingest.table.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.careerbrief.model.SourceKind;

/**
 * A table layout described by configuration rather than code: which header names hold the occupation
 * code, title, area, reference period and statistics, and who published the file. Loaded from a
 * {@code layouts/*.properties} file by {@link ColumnMappings}.
 *
 * @param name the layout's name in the accounting
 * @param delimiter the field delimiter
 * @param code the SOC code column
 * @param title the occupation title column
 * @param areaColumn the column whose value selects an {@link AreaRule}, or null when rule "*" covers every row
 * @param areas area rules by column value; key "*" applies to any other value
 * @param period a fixed reference period ("", "2024", "May 2024", "2024-34"), used when {@code periodColumn} is null
 * @param periodColumn the column holding each row's reference period, or null
 * @param source the source fields; values may quote a cell ("{Year}")
 * @param figures the statistic columns, in the order their figures are made
 */
public record ColumnMapping(String name, char delimiter, ColumnRef code, ColumnRef title, ColumnRef areaColumn,
		Map<String, AreaRule> areas, String period, ColumnRef periodColumn, SourceTemplate source,
		List<FigureColumn> figures) {

	/**
	 * The source of every figure of the file; each text may quote a cell of the row ("{Year}").
	 */
	public record SourceTemplate(String id, String publisher, String title, String url, String published,
			SourceKind kind) {
	}

	public ColumnMapping {
		areas = Map.copyOf(areas);
		figures = List.copyOf(figures);
	}

	/** Every column the header must name for the layout to apply. */
	public List<ColumnRef> requiredColumns() {
		List<ColumnRef> required = new ArrayList<>(List.of(code, title));
		if (areaColumn != null) {
			required.add(areaColumn);
		}
		if (periodColumn != null) {
			required.add(periodColumn);
		}
		figures.forEach(f -> required.add(f.column()));
		return required;
	}

}
