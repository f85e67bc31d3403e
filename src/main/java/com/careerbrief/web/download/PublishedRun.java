package com.careerbrief.web.download;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One published run's folder, as {@code output/latest} pointed to when a request began: every file the
 * request serves comes from here, so a publish in the middle of a download does not mix two runs.
 *
 * @param runId the run's id
 * @param folder the run folder's real path (links resolved)
 * @param publishedAt when the run was published (its published mark's time)
 */
public record PublishedRun(long runId, Path folder, Instant publishedAt) {

	/** A file or folder name as the run writes them: no separators, no "..", no hidden files. */
	private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}");

	/**
	 * A regular file of this run, by its path inside the run folder; empty for a name that is not a plain
	 * file name, a missing file, or one that resolves (through a link) outside the run folder.
	 */
	public Optional<Path> file(String... names) {
		Path path = folder;
		for (String name : names) {
			if (name == null || !SAFE_NAME.matcher(name).matches() || name.contains("..")) {
				return Optional.empty();
			}
			path = path.resolve(name);
		}
		try {
			Path real = path.toRealPath();
			return real.startsWith(folder) && Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS) ? Optional.of(real)
					: Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty(); // missing, or pruned since the request began
		}
	}

}
