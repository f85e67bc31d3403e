package com.careerbrief.extract;

/**
 * A document the run could not read, reported instead of read.
 *
 * @param fileName the file name
 * @param reason why: "empty file (0 bytes)", "unknown format '.xls'…", "corrupt or not a PDF file: …"
 */
public record UnreadableDocument(String fileName, String reason) {
}
