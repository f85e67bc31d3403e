package com.careerbrief.web.download;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.careerbrief.config.CareerBriefProperties;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Finds the run that {@code output/latest} points to (a link, or a pointer file where links are not
 * available), read afresh for each request: a publish switches the portal to the new run at once, and a
 * run in progress is never seen (it is not linked until complete). Only a folder under {@code output/runs/}
 * that carries the published mark counts.
 */
@Component
public class PublishedRuns {

	static final String PUBLISHED_MARK = ".published";

	private final Path output;

	public PublishedRuns(CareerBriefProperties properties) {
		this.output = properties.output().toAbsolutePath();
	}

	/** The 404 a page that needs a published run answers before the first publish. */
	public static ResponseStatusException nothingPublished() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND,
				"Nothing is published yet: briefs and the workbook appear here once a run completes.");
	}

	/** The latest published run, or empty when none was published (or output/latest points elsewhere). */
	public Optional<PublishedRun> latest() {
		try {
			Path latest = output.resolve("latest");
			Path target;
			if (Files.isSymbolicLink(latest)) {
				target = latest.getParent().resolve(Files.readSymbolicLink(latest));
			}
			else if (Files.isRegularFile(latest)) {
				target = output.resolve(Files.readString(latest).strip());
			}
			else {
				return Optional.empty();
			}
			return run(target.toRealPath());
		}
		catch (IOException ex) {
			return Optional.empty(); // nothing published yet, or the run was pruned under us
		}
	}

	/** Every published run still kept under output/runs/, newest first. */
	public List<PublishedRun> kept() {
		try (Stream<Path> folders = Files.list(output.resolve("runs"))) {
			List<PublishedRun> runs = new ArrayList<>();
			for (Path folder : folders.toList()) {
				run(folder.toRealPath()).ifPresent(runs::add);
			}
			runs.sort(Comparator.comparingLong(PublishedRun::runId).reversed());
			return runs;
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	private Optional<PublishedRun> run(Path folder) throws IOException {
		Path runs = output.resolve("runs").toRealPath();
		String name = folder.getFileName().toString();
		Path mark = folder.resolve(PUBLISHED_MARK);
		if (!runs.equals(folder.getParent()) || !name.matches("\\d{1,18}") || !Files.isRegularFile(mark)) {
			return Optional.empty();
		}
		Instant published = Files.getLastModifiedTime(mark).toInstant();
		return Optional.of(new PublishedRun(Long.parseLong(name), folder, published));
	}

}
