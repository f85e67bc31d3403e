package com.careerbrief.ingest.document;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A document that cannot be read (unknown format, empty file, corrupt PDF or DOCX), with the file
 * name and the reason, so a run can report it and go on with the next document.
 */
public class UnreadableDocumentException extends IOException {

	private final String fileName;

	private final String reason;

	private final boolean notAnArticle;

	public UnreadableDocumentException(Path file, String reason, Throwable cause) {
		this(file, reason, cause, false);
	}

	private UnreadableDocumentException(Path file, String reason, Throwable cause, boolean notAnArticle) {
		super(file.getFileName() + ": " + reason, cause);
		this.fileName = file.getFileName().toString();
		this.reason = reason;
		this.notAnArticle = notAnArticle;
	}

	/** A file that reads fine but is no career article (a 404 page, another language): set aside, not bad. */
	public static UnreadableDocumentException notAnArticle(Path file, String reason) {
		return new UnreadableDocumentException(file, reason, null, true);
	}

	/** True when the file was read but is no article to take claims from (filtered, not rejected). */
	public boolean notAnArticle() {
		return notAnArticle;
	}

	/** The file name, without its folder. */
	public String fileName() {
		return fileName;
	}

	/** Why it could not be read, in words an operator understands. */
	public String reason() {
		return reason;
	}
}
