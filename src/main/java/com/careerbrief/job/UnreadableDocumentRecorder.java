package com.careerbrief.job;

import java.nio.file.Path;
import java.util.List;

import com.careerbrief.extract.ExtractedDocument;
import com.careerbrief.ingest.document.UnreadableDocumentException;
import com.careerbrief.model.RejectedRow;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.SkipListener;

/**
 * Records a document that could not be read (unknown format, empty, corrupt) as a rejected input with
 * its file name and reason, so it shows in the workbook's Rejected input sheet while the run goes on.
 */
class UnreadableDocumentRecorder implements SkipListener<Path, ExtractedDocument> {

	private static final Logger log = LoggerFactory.getLogger(UnreadableDocumentRecorder.class);

	private final StagingRepository staging;

	private final long runId;

	UnreadableDocumentRecorder(StagingRepository staging, long runId) {
		this.staging = staging;
		this.runId = runId;
	}

	@Override
	public void onSkipInProcess(Path file, Throwable failure) {
		String reason = failure instanceof UnreadableDocumentException unreadable ? unreadable.reason()
				: failure.getClass().getSimpleName() + ": " + failure.getMessage();
		log.warn("Document {} not read: {}", file.getFileName(), reason);
		staging.addRejects(runId, List.of(new RejectedRow("documents/" + file.getFileName(), 0, "",
				"document not read: " + reason, false)));
	}

}
