package com.careerbrief.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

/**
 * Publishes a completed run. {@code output/careerbrief.xlsx} and {@code output/briefs} are links into
 * {@code output/latest}, itself a link to the run's folder, so publishing is one atomic rename of the
 * {@code latest} link: a reader sees either the previous run or this one, never a mix. Where links are
 * not available the files are copied and {@code output/latest} becomes a pointer file. A published run
 * is marked, and only published runs are pruned: a failed run's folder stays for its resume.
 */
public class OutputPublisher {

	public static final String WORKBOOK = "careerbrief.xlsx";

	public static final String BRIEFS = "briefs";

	/** Marks a run folder as published (complete); unmarked folders belong to failed or running runs. */
	static final String PUBLISHED_MARK = ".published";

	private final Path output;

	/** False where the file system has no links (tests force it): files are then copied. */
	private final boolean links;

	public OutputPublisher(Path output) {
		this(output, true);
	}

	OutputPublisher(Path output, boolean links) {
		this.output = output;
		this.links = links;
	}

	/** Whether the run completed and was published here (its folder may since have been pruned). */
	boolean isPublished(long runId) {
		return Files.exists(runFolder(runId).resolve(PUBLISHED_MARK));
	}

	public Path runFolder(long runId) {
		return output.resolve("runs").resolve(String.valueOf(runId));
	}

	/** The run that {@code output/latest} points to, if any run was ever published here. */
	public OptionalLong latestRun() {
		Path latest = output.resolve("latest");
		try {
			String target = Files.isSymbolicLink(latest) ? Files.readSymbolicLink(latest).toString()
					: Files.isRegularFile(latest) ? Files.readString(latest).strip() : "";
			String id = Path.of(target.isEmpty() ? "none" : target).getFileName().toString();
			return id.matches("\\d+") ? OptionalLong.of(Long.parseLong(id)) : OptionalLong.empty();
		}
		catch (IOException ex) {
			return OptionalLong.empty();
		}
	}

	/** What a published run reported on, when its mark records it. */
	public Optional<PublishedCounts> publishedCounts(long runId) {
		Path mark = runFolder(runId).resolve(PUBLISHED_MARK);
		return Files.exists(mark) ? PublishedCounts.read(mark) : Optional.empty();
	}

	public void publish(long runId, int keepRuns, PublishedCounts counts) {
		Path run = output.relativize(runFolder(runId));
		try {
			boolean linked = link("latest", run, run);
			// Links through latest: once they exist, switching latest above switched them too.
			link(WORKBOOK, linked ? Path.of("latest", WORKBOOK) : run.resolve(WORKBOOK), run.resolve(WORKBOOK));
			link(BRIEFS, linked ? Path.of("latest", BRIEFS) : run.resolve(BRIEFS), run.resolve(BRIEFS));
			Files.writeString(runFolder(runId).resolve(PUBLISHED_MARK), counts.toMark()); // only once it is
			prune(runId, keepRuns);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot publish run " + runId + " to " + output, ex);
		}
	}

	/**
	 * Points {@code output/name} at {@code target} by renaming a new link over it; where links are not
	 * available copies {@code copySource} instead. Returns whether a link was made.
	 */
	private boolean link(String name, Path target, Path copySource) throws IOException {
		Path tmp = output.resolve("." + name + ".tmp");
		Files.deleteIfExists(tmp);
		Path place = output.resolve(name);
		try {
			if (!links) {
				throw new UnsupportedOperationException("links are off");
			}
			Files.createSymbolicLink(tmp, target);
		}
		catch (UnsupportedOperationException | FileSystemException ex) {
			copyInstead(name, copySource, place);
			return false;
		}
		if (Files.exists(place) && !Files.isSymbolicLink(place)) {
			FileSystemUtils.deleteRecursively(place); // left by a copy-based publish on this folder
		}
		try {
			Files.move(tmp, place, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(tmp, place, StandardCopyOption.REPLACE_EXISTING);
		}
		return true;
	}

	private void copyInstead(String name, Path target, Path place) throws IOException {
		if (name.equals("latest")) {
			Files.writeString(output.resolve(".latest.tmp"), target.toString());
			Files.move(output.resolve(".latest.tmp"), place, StandardCopyOption.REPLACE_EXISTING);
			return;
		}
		Path staged = output.resolve("." + name + ".copy");
		FileSystemUtils.deleteRecursively(staged);
		FileSystemUtils.copyRecursively(output.resolve(target), staged);
		FileSystemUtils.deleteRecursively(place);
		Files.move(staged, place);
	}

	/** Deletes published runs beyond the newest {@code keep}, never the one just published. */
	private void prune(long current, int keep) throws IOException {
		Path runs = output.resolve("runs");
		try (Stream<Path> list = Files.list(runs)) {
			List<Path> old = list.filter(p -> p.getFileName().toString().matches("\\d+"))
				.filter(p -> Files.exists(p.resolve(PUBLISHED_MARK)))
				.sorted(Comparator.comparingLong((Path p) -> Long.parseLong(p.getFileName().toString())).reversed())
				.skip(Math.max(1, keep))
				.filter(p -> Long.parseLong(p.getFileName().toString()) != current)
				.toList();
			for (Path p : old) {
				FileSystemUtils.deleteRecursively(p);
			}
		}
	}

}
