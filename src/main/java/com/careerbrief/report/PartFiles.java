package com.careerbrief.report;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The hidden part files a report is written into before it is moved onto its published name. Unlike
 * {@link Files#createTempFile}, which makes files only their owner may read, a part file gets the permissions
 * any file of the process gets (its umask): the workbook and the briefs are published for colleagues and the
 * portal to read.
 */
public final class PartFiles {

	private PartFiles() {
	}

	/** A new empty file {@code prefix + random + suffix} in {@code folder}. */
	public static Path create(Path folder, String prefix, String suffix) throws IOException {
		while (true) {
			Path part = folder.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + suffix);
			try {
				return Files.createFile(part);
			}
			catch (FileAlreadyExistsException ex) {
				// another writer's name: draw again
			}
		}
	}
}
