package com.careerbrief.model;

/**
 * Where a figure or claim came from.
 *
 * @param sourceId stable id of the source, e.g. "bls-oews-2024" or a document id
 * @param publisher e.g. "U.S. Bureau of Labor Statistics"
 * @param title the table or article title
 * @param url address, or null when unknown
 * @param published publication date or vintage as text ("May 2024", "2025-02"), or null
 * @param kind official, agency, article or other
 * @param file the input file: its path relative to the input folder (tables), or to the documents folder
 * @param line the 1-based line (tables) or 0 (documents)
 */
public record SourceRef(String sourceId, String publisher, String title, String url, String published,
		SourceKind kind, String file, long line) {

	/** The same source, read from the file of that name (a path relative to the input folder). */
	public SourceRef withFile(String name) {
		return new SourceRef(sourceId, publisher, title, url, published, kind, name, line);
	}
}
