package com.careerbrief.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.careerbrief.model.OccupationReport;
import com.careerbrief.report.BriefFileName;
import com.careerbrief.report.PartFiles;

/**
 * Writes the counselor brief for one occupation: a PDF of at most two US Letter pages (measured: a brief
 * that runs over is laid out again with shorter lists) named
 * "<soc>-<slug>.pdf", and on request a state edition "<soc>-<slug>-<state code>.pdf" that leads with
 * that state's pay.
 */
public class BriefWriter {

	private static final Logger log = LoggerFactory.getLogger(BriefWriter.class);

	/** A brief is a two-page handout. */
	static final int MAX_PAGES = 2;

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
		byte[] pdf = fitted(report, name, options);
		Path temp = PartFiles.create(briefsDir, ".brief-", ".pdf.part");
		try {
			Files.write(temp, pdf);
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/**
	 * Lays the brief out and counts its pages (as its footer numbers them); while it runs over {@link #MAX_PAGES}, lays it out again
	 * with shorter lists (each list then says how many items it left out). Measured, not guessed: most
	 * briefs fit at the first try. One that still runs over with the shortest lists is written as it is,
	 * with a warning in the log.
	 */
	static byte[] fitted(OccupationReport report, String name, BriefOptions options) throws IOException {
		byte[] pdf = null;
		int pages = 0;
		for (int shortening = 0; shortening <= BriefContext.MAX_SHORTENING; shortening++) {
			ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
			pages = new BriefComposer(options).compose(report, out, shortening);
			pdf = out.toByteArray();
			if (pages <= MAX_PAGES) {
				if (shortening > 0) {
					log.debug("Brief {} fits {} pages with lists shortened {} time(s)", name, MAX_PAGES, shortening);
				}
				return pdf;
			}
		}
		log.warn("Brief {} is {} pages even with its lists at their shortest (limit {})", name, pages, MAX_PAGES);
		return pdf;
	}
}
