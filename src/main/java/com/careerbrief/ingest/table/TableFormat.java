package com.careerbrief.ingest.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One table layout careerbrief can read. The layout is detected from the file's first lines (header
 * and content), never from its name alone.
 */
public interface TableFormat {

	/** A person-readable layout name, e.g. "OEWS national, 32 columns". */
	String name();

	/**
	 * Whether this format reads the file.
	 * @param fileName the file's name, for tie-breaking only
	 * @param headLines up to the first 20 lines, decoded as UTF-8 with any BOM removed
	 */
	boolean accepts(String fileName, List<String> headLines);

	/** Opens the file; bad rows become rejected items, never exceptions. */
	TableSource open(Path file) throws IOException;

}
