package com.careerbrief.web.occupation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.careerbrief.report.OccupationPage;
import com.careerbrief.report.pdf.OccupationPageWriter;
import com.careerbrief.web.download.PublishedRun;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The occupation pages a published run wrote ({@code occupations/<soc>.json}), read once per run and kept
 * until another run is published, with the search index over their titles; every page that takes a SOC
 * code asks it whether the run has that occupation.
 */
@Component
public class OccupationCatalog {

	private static final Pattern SOC_CODE = Pattern.compile("\\d\\d-\\d{4}");

	private static final ObjectMapper JSON = new ObjectMapper()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	private final AtomicReference<Loaded> current = new AtomicReference<>();

	/** One run's pages, by SOC code, their search, and the states with an edition of some brief. */
	record Loaded(long runId, Map<String, OccupationPage> pages, OccupationSearch search, Set<String> stateEditions) {
	}

	Loaded of(PublishedRun run) {
		Loaded loaded = current.get();
		if (loaded == null || loaded.runId() != run.runId()) {
			loaded = load(run);
			current.set(loaded);
		}
		return loaded;
	}

	Optional<OccupationPage> page(PublishedRun run, String soc) {
		return Optional.ofNullable(of(run).pages().get(soc));
	}

	/** The states with an edition of some brief in the run ("IN", "NY"), as its occupation pages record them. */
	public Set<String> stateEditions(PublishedRun run) {
		return of(run).stateEditions();
	}

	/**
	 * The page of the occupation a request names, else the answer its user reads: 400 when {@code soc} is
	 * not shaped like a SOC code, 404 when it is but the run has no such occupation.
	 */
	public OccupationPage requested(PublishedRun run, String soc) {
		Optional<OccupationPage> page = page(run, soc);
		if (page.isPresent()) {
			return page.get();
		}
		if (!SOC_CODE.matcher(soc).matches()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"“" + soc + "” is not a SOC code: expected a code like 29-2072.");
		}
		throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No occupation " + soc + " in the published run.");
	}

	private static Loaded load(PublishedRun run) {
		Map<String, OccupationPage> pages = new TreeMap<>();
		Path folder = run.folder().resolve(OccupationPageWriter.FOLDER);
		if (Files.isDirectory(folder)) {
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.filter(f -> f.getFileName().toString().matches("[0-9A-Za-z-]+\\.json")).toList()) {
					OccupationPage page = JSON.readValue(file.toFile(), OccupationPage.class);
					pages.put(page.socCode(), page);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the occupation pages of run " + run.runId(), ex);
			}
		}
		Set<String> editions = new TreeSet<>();
		pages.values().forEach(page -> editions.addAll(page.stateBriefs().keySet()));
		return new Loaded(run.runId(), pages, new OccupationSearch(List.copyOf(pages.values())),
				Collections.unmodifiableSet(editions));
	}

}
