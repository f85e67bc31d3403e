package com.careerbrief.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.careerbrief.model.OccupationReport;
import com.careerbrief.model.RejectedRow;
import com.careerbrief.model.RunInfo;
import com.careerbrief.report.PartFiles;

/**
 * Streams the analyst workbook {@code careerbrief.xlsx}: call {@link #open}, then {@link #addOccupation}
 * and {@link #addRejected} in any order and any number of times, then {@link #finish}; always
 * {@link #close}. The target is replaced in one atomic move at the end, so an analyst never opens a
 * half-written workbook and a failed run leaves the previous one untouched.
 */
public final class WorkbookWriter implements AutoCloseable {

	private final Path target;
	private final WorkbookOptions options;
	private SXSSFWorkbook workbook;
	private RunInfo run;
	private Sheets sheets;
	private Path temp;
	private boolean finished;
	private long occupations;
	private long claims;
	private long conflicts;

	public WorkbookWriter(Path target, WorkbookOptions options) {
		this.target = target.toAbsolutePath();
		this.options = options;
	}

	/** Starts the workbook for a run: creates every sheet with its header, in reading order. */
	public void open(RunInfo run) {
		if (workbook != null) {
			throw new IllegalStateException("already open");
		}
		this.run = run;
		// Text is inline, as a full shared-strings table would hold every quote in memory; only short
		// repeated labels go to a bounded one (see SharedLabels).
		LabelSharingWorkbook labelSharing = new LabelSharingWorkbook(options.rowAccessWindow());
		WorkbookStyles styles = new WorkbookStyles(labelSharing);
		labelSharing.labels().share(styles.label);
		labelSharing.labels().share(styles.wrappedLabel);
		this.workbook = labelSharing;
		this.sheets = new Sheets(workbook, styles, options);
	}

	/** Adds one occupation's rows to the Occupations, Wage history, States, Claims and Conflicts sheets. */
	public void addOccupation(OccupationReport report) {
		requireOpen();
		sheets.occupations().write(report);
		sheets.wageHistory().write(report);
		sheets.states().write(report);
		sheets.claims().write(report);
		sheets.conflicts().write(report);
		sheets.charts().collect(report);
		occupations++;
		claims += report.claims().size();
		conflicts += report.conflicts().size();
	}

	/** Adds one row to the Rejected input sheet. */
	public void addRejected(RejectedRow row) {
		requireOpen();
		sheets.rejected().write(row);
	}

	/**
	 * Writes the About, Sources, accounting and chart sheets, saves to a temporary file beside the target
	 * and moves it onto the target.
	 * @throws IOException when the workbook cannot be written; the target is then left as it was
	 */
	public void finish() throws IOException {
		requireOpen();
		sheets.about().write(run, Instant.now(), List.of(new String[] { "Occupations", String.format("%,d", occupations) },
				new String[] { "Claims", String.format("%,d", claims) },
				new String[] { "Conflicts", String.format("%,d", conflicts) },
				new String[] { "Rejected or filtered input rows", String.format("%,d", sheets.rejected().total()) }));
		sheets.finishStreamed();
		sheets.sources().write(run.sources());
		sheets.families().write(run.dependences(), run.sources());
		sheets.accounting().write(run.accounting(), sheets.rejected()::listed);
		sheets.charts().finish();
		Files.createDirectories(target.getParent());
		temp = PartFiles.create(target.getParent(), "." + target.getFileName() + ".", ".tmp");
		try (OutputStream out = Files.newOutputStream(temp)) {
			workbook.write(out);
		}
		moveOntoTarget();
		temp = null;
		finished = true;
	}

	/** Frees SXSSF's temporary files; after a failure also deletes the unfinished workbook file. */
	@Override
	public void close() {
		try {
			if (workbook != null) {
				workbook.dispose();
				workbook.close();
			}
			if (temp != null) {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not clean up after writing " + target, ex);
		}
		finally {
			workbook = null;
			temp = null;
		}
	}

	private void moveOntoTarget() throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			// Same folder, so this only happens on unusual file systems; a plain replace is the best left.
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private void requireOpen() {
		if (workbook == null || finished) {
			throw new IllegalStateException("call open(run) first, and nothing after finish() or close()");
		}
	}
}
