package com.careerbrief.web.analyst;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** The analyst's table page: one page of a table with its filter fields and links to the pages around it. */
final class TableView {

	static final String VIEW = "analyst/table";

	private TableView() {
	}

	/** A filter field: the request parameter, the column it filters, and its value. */
	record Filter(String param, String column, String value) {
	}

	/** Fills the model with one page of {@code table} as {@code filters} select it, and names the view. */
	static String show(Model model, String title, WorkbookTables.Table table, List<Filter> filters, int page) {
		Map<String, String> byColumn = new LinkedHashMap<>();
		filters.forEach(f -> byColumn.put(f.column(), f.value()));
		TablePage shown = TablePage.of(table, byColumn, page);
		model.addAttribute("title", title);
		model.addAttribute("filters", filters);
		model.addAttribute("table", shown);
		model.addAttribute("previous", shown.page() > 1 ? pageUrl(filters, shown.page() - 1) : null);
		model.addAttribute("next", shown.page() < shown.pages() ? pageUrl(filters, shown.page() + 1) : null);
		return VIEW;
	}

	/** The same filters on another page, encoded by the builder (filter values are user input). */
	private static String pageUrl(List<Filter> filters, int page) {
		UriComponentsBuilder url = ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null);
		filters.stream().filter(f -> !f.value().isEmpty()).forEach(f -> url.queryParam(f.param(), f.value()));
		return url.queryParam("page", page).encode().build().toUriString();
	}

}
