package com.careerbrief.job;

import java.util.List;

import com.careerbrief.extract.ExtractedDocument;
import com.careerbrief.ingest.InputFolder;
import com.careerbrief.ingest.document.UnreadableDocumentException;
import com.careerbrief.model.RejectedRow;
import com.careerbrief.staging.StagingRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.SkipListener;

/**
 * Records a document that was not read, so that it shows in the workbook's Rejected input and Input
 * accounting sheets while the run goes on: rejected when it cannot be read (unknown format, empty,
 * corrupt, content unlike its extension), filtered when it is no article (an error page, another
 * language, next to no text).
 */
class UnreadableDocumentRecorder implements SkipListener<InputFolder.Entry, ExtractedDocument> {

	private static final Logger log = LoggerFactory.getLogger(UnreadableDocumentRecorder.class);

	private final StagingRepository staging;

	private final long runId;

	UnreadableDocumentRecorder(StagingRepository staging, long runId) {
		this.staging = staging;
		this.runId = runId;
	}

	@Override
	public void onSkipInProcess(InputFolder.Entry file, Throwable failure) {
		UnreadableDocumentException unreadable = failure instanceof UnreadableDocumentException u ? u : null;
		String reason = unreadable != null ? unreadable.reason()
				: failure.getClass().getSimpleName() + ": " + failure.getMessage();
		boolean filtered = unreadable != null && unreadable.notAnArticle();
		String shown = (filtered ? "document set aside: " : "document not read: ") + reason;
		log.warn("Document {} {}", file.name(), shown.substring(shown.indexOf(' ') + 1));
		staging.addRejects(runId, List.of(new RejectedRow(file.name(), 0, "", shown, filtered)));
		staging.saveAccounting(runId, DocumentItemWriter.accounting(file.name(), 0, filtered ? 1 : 0, filtered ? 0 : 1,
				filtered ? null : reason));
	}

}
