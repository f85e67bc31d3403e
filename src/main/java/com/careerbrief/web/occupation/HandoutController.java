package com.careerbrief.web.occupation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import com.careerbrief.report.OccupationPage;
import com.careerbrief.web.download.FileResponses;
import com.careerbrief.web.download.PublishedRun;
import com.careerbrief.web.download.PublishedRuns;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Several occupations' briefs as one PDF, for a career fair handout: the published briefs merged in the
 * order picked, with PDFBox buffering in temporary files rather than memory.
 */
@Controller
class HandoutController {

	static final int MAX_BRIEFS = 30;

	static final String NOTHING_PICKED = "Tick at least one brief to download: the box in the Pick column beside "
			+ "each occupation you want in the handout.";

	private final PublishedRuns runs;

	private final OccupationCatalog catalog;

	HandoutController(PublishedRuns runs, OccupationCatalog catalog) {
		this.runs = runs;
		this.catalog = catalog;
	}

	/** The search's form sent with nothing ticked: back to the same search, saying what to do. */
	@GetMapping(path = "/handout", params = "!soc")
	String nothingPicked(@RequestParam(name = "q", defaultValue = "") String query, RedirectAttributes redirect) {
		if (!query.isBlank()) {
			redirect.addAttribute("q", query);
		}
		redirect.addFlashAttribute("handoutMessage", NOTHING_PICKED);
		return "redirect:/";
	}

	@GetMapping(path = "/handout", params = "soc")
	ResponseEntity<StreamingResponseBody> handout(@RequestParam(name = "soc") List<String> socs) {
		if (socs.size() > MAX_BRIEFS) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"A handout holds at most " + MAX_BRIEFS + " briefs; " + socs.size() + " were picked.");
		}
		PublishedRun run = runs.latest().orElseThrow(PublishedRuns::nothingPublished);
		List<Path> briefs = new ArrayList<>();
		for (String soc : new LinkedHashSet<>(socs)) {
			OccupationPage page = catalog.requested(run, soc);
			briefs.add(run.file("briefs", page.brief()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"The published run has no brief for " + soc + "; it may have been pruned: reload the page.")));
		}
		StreamingResponseBody body = out -> merge(briefs, out);
		return ResponseEntity.ok()
			.contentType(FileResponses.PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("careerbrief-handout-" + briefs.size() + "-occupations.pdf")
						.build()
						.toString())
			.body(body);
	}

	private static void merge(List<Path> briefs, java.io.OutputStream out) throws IOException {
		PDFMergerUtility merger = new PDFMergerUtility();
		for (Path brief : briefs) {
			merger.addSource(brief.toFile());
		}
		merger.setDestinationStream(out);
		merger.mergeDocuments(IOUtils.createTempFileOnlyStreamCache());
	}

}
