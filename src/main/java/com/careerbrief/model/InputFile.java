package com.careerbrief.model;

/**
 * One entry of a run's input folder, for the run's fingerprint and the workbook's About sheet.
 *
 * @param path path relative to the input folder
 * @param size bytes (0 for an entry not read)
 * @param sha256 content hash, hex, or null for an entry not read
 * @param notRead why the run does not read it (a link leading outside, a note…), or null when it is read
 */
public record InputFile(String path, long size, String sha256, String notRead) {

	/** A file the run reads. */
	public InputFile(String path, long size, String sha256) {
		this(path, size, sha256, null);
	}
}
