package com.careerbrief.web.analyst;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.careerbrief.web.download.PublishedRun;
import com.careerbrief.web.download.PublishedRuns;
import com.careerbrief.web.occupation.OccupationCatalog;
import com.opencsv.CSVWriter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The workbook's tables as pages: input accounting, rejected rows (by file and reason), conflicts (by
 * occupation and by the verdict that resolved them), claims (by occupation and verdict), and one
 * occupation's claims as CSV.
 */
@Controller
class AnalystTablesController {

	private final PublishedRuns runs;

	private final WorkbookTables tables;

	private final OccupationCatalog catalog;

	AnalystTablesController(PublishedRuns runs, WorkbookTables tables, OccupationCatalog catalog) {
		this.runs = runs;
		this.tables = tables;
		this.catalog = catalog;
	}

	@GetMapping("/analyst/accounting")
	String accounting(@RequestParam(defaultValue = "") String file, @RequestParam(defaultValue = "1") int page,
			Model model) {
		return show("Input accounting", "Input accounting", filters("file", "File", file), page, model);
	}

	@GetMapping("/analyst/rejected")
	String rejected(@RequestParam(defaultValue = "") String file, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "1") int page, Model model) {
		return show("Rejected input rows", "Rejected input", filters("file", "File", file, "reason", "Reason", reason), page, model);
	}

	/** The verdict on a conflict is which figure holds and why ("Newest official …", "No official figure …"). */
	@GetMapping("/analyst/conflicts")
	String conflicts(@RequestParam(defaultValue = "") String soc, @RequestParam(defaultValue = "") String verdict,
			@RequestParam(defaultValue = "1") int page, Model model) {
		return show("Conflicts", "Conflicts", filters("soc", "SOC code", soc, "verdict", "Why chosen", verdict), page, model);
	}

	@GetMapping("/analyst/claims")
	String claims(@RequestParam(defaultValue = "") String soc, @RequestParam(defaultValue = "") String verdict,
			@RequestParam(defaultValue = "1") int page, Model model) {
		return show("Claims and verdicts", "Claims", filters("soc", "SOC code", soc, "verdict", "Verdicts", verdict), page, model);
	}

	/** One occupation's claims; an occupation the run does not have is not found, rather than an empty table. */
	@GetMapping("/analyst/claims.csv")
	ResponseEntity<StreamingResponseBody> claimsCsv(@RequestParam String soc) {
		PublishedRun run = latest();
		catalog.requested(run, soc);
		WorkbookTables.Table claims = tables.table(run, "Claims");
		int column = claims.column("SOC code");
		List<List<String>> rows = claims.rows().stream().filter(r -> r.size() > column && soc.equals(r.get(column))).toList();
		StreamingResponseBody body = out -> {
			CSVWriter csv = new CSVWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			csv.writeNext(claims.headers().toArray(String[]::new));
			rows.forEach(r -> csv.writeNext(r.toArray(String[]::new)));
			csv.flush();
		};
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("claims-" + soc + "-run-" + run.runId() + ".csv").build().toString())
			.body(body);
	}

	private String show(String title, String sheet, List<TableView.Filter> filters, int page, Model model) {
		PublishedRun run = latest();
		model.addAttribute("run", run);
		return TableView.show(model, title, tables.table(run, sheet), filters, page);
	}

	private PublishedRun latest() {
		return runs.latest().orElseThrow(PublishedRuns::nothingPublished);
	}

	private static List<TableView.Filter> filters(String... paramColumnValue) {
		List<TableView.Filter> filters = new ArrayList<>();
		for (int i = 0; i < paramColumnValue.length; i += 3) {
			filters.add(new TableView.Filter(paramColumnValue[i], paramColumnValue[i + 1], paramColumnValue[i + 2]));
		}
		return filters;
	}

}
