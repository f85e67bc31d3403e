package com.careerbrief.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.careerbrief.model.OccupationReport;
import com.careerbrief.report.BriefFileName;

/** Writes the counselor brief for one occupation: a PDF of at most two US Letter pages named "<soc>-<slug>.pdf". */
public class BriefWriter {

	private final BriefOptions options;

	public BriefWriter(BriefOptions options) {
		this.options = options;
	}

	/**
	 * Writes the brief into {@code briefsDir}, through a temporary file moved into place, so a reader
	 * never sees half a PDF and a failed write leaves the previous brief intact.
	 * @return the brief's path
	 */
	public Path write(OccupationReport report, Path briefsDir) throws IOException {
		Files.createDirectories(briefsDir);
		Path target = briefsDir.resolve(BriefFileName.of(report.occupation().socCode(), report.occupation().title()));
		Path temp = Files.createTempFile(briefsDir, ".brief-", ".pdf.part");
		try {
			try (OutputStream out = Files.newOutputStream(temp)) {
				new BriefComposer(options).compose(report, out);
			}
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}
}
