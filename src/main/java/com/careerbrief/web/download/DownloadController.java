package com.careerbrief.web.download;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Downloads of the latest published run: a brief (or state edition) by its file name, and the analyst workbook. */
@Controller
class DownloadController {

	static final String WORKBOOK = "careerbrief.xlsx";

	static final String BRIEFS = "briefs";

	private final PublishedRuns runs;

	DownloadController(PublishedRuns runs) {
		this.runs = runs;
	}

	/** A missing file is an error the user reads (the portal's 404 page), not an empty answer. */
	@GetMapping("/briefs/{file}")
	ResponseEntity<Resource> brief(@PathVariable String file) {
		PublishedRun run = runs.latest().orElseThrow(PublishedRuns::nothingPublished);
		return run.file(BRIEFS, file)
			.filter(path -> file.endsWith(".pdf"))
			.map(path -> FileResponses.download(run, path, file, FileResponses.PDF))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No brief named " + file
					+ " in the published run: it may be from an older run. Search for the occupation to find its brief."));
	}

	@GetMapping("/analyst/workbook")
	ResponseEntity<Resource> workbook() {
		PublishedRun run = runs.latest().orElseThrow(PublishedRuns::nothingPublished);
		return run.file(WORKBOOK)
			.map(path -> FileResponses.download(run, path, "careerbrief-run-" + run.runId() + ".xlsx", FileResponses.XLSX))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "The published run has no workbook."));
	}

}
