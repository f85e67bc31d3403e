package com.careerbrief.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

import com.careerbrief.model.OccupationReport;
import com.careerbrief.report.BriefFileName;

/**
 * Writes the counselor brief for one occupation: a PDF of at most two US Letter pages named
 * "<soc>-<slug>.pdf", and on request a state edition "<soc>-<slug>-<state code>.pdf" that leads with
 * that state's pay.
 */
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
		String name = BriefFileName.of(report.occupation().socCode(), report.occupation().title());
		return write(report, briefsDir, name, options);
	}

	/**
	 * Writes the state edition for one state, e.g. "29-2072-medical-records-specialists-in.pdf" for IN.
	 * @param stateCode two-letter postal code (IN, CA, DC, PR…)
	 * @return the brief's path, or empty when the report holds no pay figure for that state (the
	 *     national brief already says everything a state edition could)
	 * @throws IllegalArgumentException for an unknown state code
	 */
	public Optional<Path> writeForState(OccupationReport report, Path briefsDir, String stateCode) throws IOException {
		String state = UsStates.name(stateCode);
		if (!new ReportFacts(report).hasStatePay(state)) {
			return Optional.empty();
		}
		String name = BriefFileName.of(report.occupation().socCode(), report.occupation().title())
				.replaceFirst("\\.pdf$", "-" + stateCode.trim().toLowerCase(Locale.ROOT) + ".pdf");
		return Optional.of(write(report, briefsDir, name, options.ledBy(state)));
	}

	private static Path write(OccupationReport report, Path briefsDir, String name, BriefOptions options) throws IOException {
		Files.createDirectories(briefsDir);
		Path target = briefsDir.resolve(name);
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
