package com.careerbrief.ingest.document;

import java.nio.file.Path;
import java.util.List;

/**
 * A document file read to plain text, before page furniture is removed.
 *
 * @param file the file read
 * @param text the text, one paragraph per line, list items prefixed with "  • ", table rows as
 *        "cell | cell", blank lines between blocks
 * @param metaTitle title from the file's metadata (HTML title, PDF/DOCX properties), or null
 * @param metaAuthor author from the file's metadata, or null
 * @param metaDate publication date from the file's metadata as written, or null
 * @param contentHash SHA-256 of the file bytes, hex
 * @param headings lines the file itself marks as headings (HTML h1–h6, Word heading styles, bold-only
 *        paragraphs, larger or bold PDF lines), whatever their wording; empty for plain text
 */
public record LoadedDocument(Path file, String text, String metaTitle, String metaAuthor, String metaDate,
		String contentHash, List<String> headings) {

	/** A document whose format marks no headings (plain text and Markdown). */
	public LoadedDocument(Path file, String text, String metaTitle, String metaAuthor, String metaDate,
			String contentHash) {
		this(file, text, metaTitle, metaAuthor, metaDate, contentHash, List.of());
	}
}
