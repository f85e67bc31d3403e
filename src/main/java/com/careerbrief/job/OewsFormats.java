package com.careerbrief.job;

import java.util.List;

import com.careerbrief.ingest.table.TableFormat;
import com.careerbrief.occupation.SocCrosswalk;

/** The OEWS-family table layouts (national, state, query tool, state agencies, generic figures). */
final class OewsFormats {

	private OewsFormats() {
	}

	static List<TableFormat> all(SocCrosswalk crosswalk) {
		return List.of();
	}

}
