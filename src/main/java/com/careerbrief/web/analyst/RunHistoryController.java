package com.careerbrief.web.analyst;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.careerbrief.config.CareerBriefProperties;
import com.careerbrief.run.RunJournal;
import com.careerbrief.web.download.PublishedRun;
import com.careerbrief.web.download.PublishedRuns;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The run history: every execution the state folder's journal noted (newest first, a resumed run has
 * several), with its status, start, duration, input fingerprint, whether it published and whether the
 * portal still has or serves its files, and why it failed; filtered by status, fifty to a page.
 */
@Controller
class RunHistoryController {

	static final List<String> HEADERS = List.of("Run", "Execution", "Status", "Started", "Duration (s)",
			"Input fingerprint", "Published", "Reason");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final CareerBriefProperties properties;

	private final PublishedRuns published;

	RunHistoryController(CareerBriefProperties properties, PublishedRuns published) {
		this.properties = properties;
		this.published = published;
	}

	@GetMapping("/analyst/runs")
	String runs(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "1") int page, Model model) {
		Optional<Long> latest = published.latest().map(PublishedRun::runId);
		Set<Long> kept = published.kept().stream().map(PublishedRun::runId).collect(Collectors.toSet());
		List<List<String>> rows = new ArrayList<>();
		for (RunJournal.Entry entry : RunJournal.read(properties.state())) {
			rows.add(List.of(String.valueOf(entry.runId()), String.valueOf(entry.executionId()), status(entry),
					WHEN.format(entry.started()),
					entry.duration().map(d -> String.format("%.1f", d.toMillis() / 1000.0)).orElse(""), entry.fingerprint(),
					published(entry, latest, kept), entry.reason()));
		}
		model.addAttribute("note", "From the run history in the state folder; the portal serves the latest published run.");
		return TableView.show(model, "Run history", new WorkbookTables.Table(HEADERS, rows),
				List.of(new TableView.Filter("status", "Status", status)), page);
	}

	/** STARTED with no end is a run in progress, or one whose process died (the next launch says which). */
	private static String status(RunJournal.Entry entry) {
		return entry.status().equals("STARTED") ? "STARTED (in progress, or its process ended)" : entry.status();
	}

	private static String published(RunJournal.Entry entry, Optional<Long> latest, Set<Long> kept) {
		if (!entry.published()) {
			return "no";
		}
		if (latest.isPresent() && latest.get() == entry.runId()) {
			return "yes: the portal serves it";
		}
		return kept.contains(entry.runId()) ? "yes: kept" : "yes: since pruned";
	}

}
