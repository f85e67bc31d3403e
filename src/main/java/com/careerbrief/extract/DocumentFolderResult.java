package com.careerbrief.extract;

import java.util.List;

/**
 * What reading a folder of articles produced: the documents read and those that could not be.
 *
 * @param read each readable document with its claims, in file-name order
 * @param unreadable each unreadable file with its reason, in file-name order
 */
public record DocumentFolderResult(List<DocumentReadResult> read, List<UnreadableDocument> unreadable) {
}
