package com.careerbrief.web.analyst;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.careerbrief.web.download.PublishedRun;
import com.careerbrief.web.download.PublishedRuns;
import com.opencsv.CSVWriter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
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

	AnalystTablesController(PublishedRuns runs, WorkbookTables tables) {
		this.runs = runs;
		this.tables = tables;
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

	@GetMapping("/analyst/claims.csv")
	ResponseEntity<StreamingResponseBody> claimsCsv(@RequestParam String soc) {
		if (!soc.matches("\\d\\d-\\d{4}")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A SOC code such as 29-2072");
		}
		PublishedRun run = latest();
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
		return runs.latest().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Nothing published yet"));
	}

	private static List<TableView.Filter> filters(String... paramColumnValue) {
		List<TableView.Filter> filters = new ArrayList<>();
		for (int i = 0; i < paramColumnValue.length; i += 3) {
			filters.add(new TableView.Filter(paramColumnValue[i], paramColumnValue[i + 1], paramColumnValue[i + 2]));
		}
		return filters;
	}

}
