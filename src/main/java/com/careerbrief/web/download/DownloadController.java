package com.careerbrief.web.download;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads of the latest published run: a brief (or state edition) by its file name, and the analyst workbook. */
@Controller
class DownloadController {

	static final String WORKBOOK = "careerbrief.xlsx";

	static final String BRIEFS = "briefs";

	private final PublishedRuns runs;

	DownloadController(PublishedRuns runs) {
		this.runs = runs;
	}

	@GetMapping("/briefs/{file}")
	ResponseEntity<Resource> brief(@PathVariable String file) {
		if (!file.endsWith(".pdf")) {
			return ResponseEntity.notFound().build();
		}
		return runs.latest()
			.flatMap(run -> run.file(BRIEFS, file).map(path -> FileResponses.download(run, path, file, FileResponses.PDF)))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@GetMapping("/analyst/workbook")
	ResponseEntity<Resource> workbook() {
		return runs.latest()
			.flatMap(run -> run.file(WORKBOOK)
				.map(path -> FileResponses.download(run, path, "careerbrief-run-" + run.runId() + ".xlsx", FileResponses.XLSX)))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
