package com.careerbrief.web.analyst;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One page of a filtered table: rows whose named columns contain the filter values (any case), fifty at a time.
 *
 * @param headers the table's header
 * @param rows the rows of this page
 * @param page this page, from 1
 * @param pages how many pages the filtered table has
 * @param matching how many rows pass the filters
 */
record TablePage(List<String> headers, List<List<String>> rows, int page, int pages, int matching) {

	static final int SIZE = 50;

	static TablePage of(WorkbookTables.Table table, Map<String, String> filters, int page) {
		Predicate<List<String>> keep = row -> true;
		for (Map.Entry<String, String> filter : filters.entrySet()) {
			int column = table.column(filter.getKey());
			String wanted = filter.getValue() == null ? "" : filter.getValue().strip().toLowerCase(Locale.ROOT);
			if (column >= 0 && !wanted.isEmpty()) {
				keep = keep.and(row -> column < row.size() && row.get(column).toLowerCase(Locale.ROOT).contains(wanted));
			}
		}
		List<List<String>> matching = table.rows().stream().filter(keep).toList();
		int pages = Math.max(1, (matching.size() + SIZE - 1) / SIZE);
		int shown = Math.min(Math.max(page, 1), pages);
		List<List<String>> rows = matching.subList((shown - 1) * SIZE, Math.min(matching.size(), shown * SIZE));
		return new TablePage(table.headers(), rows, shown, pages, matching.size());
	}

}
