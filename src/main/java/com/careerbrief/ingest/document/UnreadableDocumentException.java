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

	public UnreadableDocumentException(Path file, String reason, Throwable cause) {
		super(file.getFileName() + ": " + reason, cause);
		this.fileName = file.getFileName().toString();
		this.reason = reason;
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
