package com.careerbrief.ingest.document;

import java.nio.file.Path;

/**
 * A document file read to plain text, before page furniture is removed.
 *
 * @param file the file read
 * @param text the text, one paragraph per line, list items prefixed with "  • ", blank lines between blocks
 * @param metaTitle title from the file's metadata (HTML title, PDF/DOCX properties), or null
 * @param metaAuthor author from the file's metadata, or null
 * @param metaDate publication date from the file's metadata as written, or null
 * @param contentHash SHA-256 of the file bytes, hex
 */
public record LoadedDocument(Path file, String text, String metaTitle, String metaAuthor, String metaDate,
		String contentHash) {
}
