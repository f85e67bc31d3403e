package com.careerbrief.web.occupation;

import java.util.List;
import java.util.Optional;

import com.careerbrief.web.download.PublishedRun;
import com.careerbrief.web.download.PublishedRuns;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Counselor pages: search for an occupation, and its page with the brief's facts and downloads. */
@Controller
class OccupationController {

	static final String SEARCH_VIEW = "occupation/search";

	static final String PAGE_VIEW = "occupation/page";

	static final String NO_RUN_VIEW = "occupation/no-run";

	private final PublishedRuns runs;

	private final OccupationCatalog catalog;

	OccupationController(PublishedRuns runs, OccupationCatalog catalog) {
		this.runs = runs;
		this.catalog = catalog;
	}

	@GetMapping("/")
	String search(@RequestParam(name = "q", required = false) String query, Model model) {
		Optional<PublishedRun> run = runs.latest();
		if (run.isEmpty()) {
			return NO_RUN_VIEW;
		}
		List<OccupationSearch.Hit> hits = catalog.of(run.get()).search().find(query);
		model.addAttribute("query", query == null ? "" : query);
		model.addAttribute("hits", hits);
		model.addAttribute("run", run.get());
		model.addAttribute("occupationCount", catalog.of(run.get()).pages().size());
		return SEARCH_VIEW;
	}

	@GetMapping("/occupations/{soc}")
	String page(@PathVariable String soc, Model model) {
		PublishedRun run = runs.latest().orElseThrow(PublishedRuns::nothingPublished);
		model.addAttribute("page", catalog.requested(run, soc));
		model.addAttribute("run", run);
		return PAGE_VIEW;
	}

}
