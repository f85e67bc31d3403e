package com.careerbrief.ingest.table;

import java.util.List;

import com.careerbrief.model.Figure;
import com.careerbrief.model.Occupation;
import com.careerbrief.model.OccupationText;
import com.careerbrief.model.RejectedRow;

/**
 * What one data row of a table file became. Exactly one item is produced per data row read, so the
 * items of a file add up to its accounting.
 *
 * @param file input file name
 * @param line 1-based physical line number
 * @param figures figures the row produced (empty when set aside)
 * @param occupations occupations the row defines (O*NET Occupation Data, the OEWS latest year), may be empty
 * @param texts tasks, alternate titles, crosswalk notes, may be empty
 * @param setAside the filtered or rejected row with its reason, or null when the row was accepted
 * @param raw the row's text (cut to a readable length), kept on an accepted row so a later check
 *        ({@link RunDateCheck}) can still show the line it rejects; null when the reader does not keep it
 */
public record TableItem(String file, long line, List<Figure> figures, List<Occupation> occupations,
		List<OccupationText> texts, RejectedRow setAside, String raw) {

	/** An item without its raw text (the row's text is in {@code setAside} when it was set aside). */
	public TableItem(String file, long line, List<Figure> figures, List<Occupation> occupations,
			List<OccupationText> texts, RejectedRow setAside) {
		this(file, line, figures, occupations, texts, setAside, setAside == null ? null : setAside.raw());
	}

	/** True when the row was accepted. */
	public boolean accepted() {
		return setAside == null;
	}
}
