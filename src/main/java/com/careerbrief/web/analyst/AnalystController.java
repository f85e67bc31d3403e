package com.careerbrief.web.analyst;

import java.util.Optional;

import com.careerbrief.web.download.PublishedRun;
import com.careerbrief.web.download.PublishedRuns;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The analyst's page: the latest run's workbook, and the published runs still kept. */
@Controller
class AnalystController {

	static final String VIEW = "analyst/index";

	private final PublishedRuns runs;

	AnalystController(PublishedRuns runs) {
		this.runs = runs;
	}

	@GetMapping("/analyst")
	String index(Model model) {
		Optional<PublishedRun> latest = runs.latest();
		model.addAttribute("latest", latest.orElse(null));
		model.addAttribute("runs", runs.kept());
		return VIEW;
	}

}
