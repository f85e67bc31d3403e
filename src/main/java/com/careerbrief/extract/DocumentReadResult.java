package com.careerbrief.extract;

/**
 * Everything reading one article produced: the cleaned text with its metadata, and the claims.
 *
 * @param document metadata and the cleaned text quotes index into
 * @param extracted metadata and claims
 */
public record DocumentReadResult(ReadDocument document, ExtractedDocument extracted) {
}
