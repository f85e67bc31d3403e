package com.careerbrief.job;

import java.util.ArrayList;
import java.util.List;

import com.careerbrief.ingest.table.TableFormat;
import com.careerbrief.ingest.table.mapping.MappedTableFormat;
import com.careerbrief.ingest.table.oews.OesQueryReportTableFormat;
import com.careerbrief.ingest.table.oews.OewsNationalTableFormat;
import com.careerbrief.ingest.table.oews.OewsStateTableFormat;
import com.careerbrief.occupation.SocCrosswalk;

/** The OEWS-family table layouts (national, state, query tool, and the mapped agency layouts). */
final class OewsFormats {

	private OewsFormats() {
	}

	static List<TableFormat> all(SocCrosswalk crosswalk) {
		List<TableFormat> formats = new ArrayList<>(List.of(new OewsNationalTableFormat(crosswalk),
				new OewsStateTableFormat(crosswalk), new OesQueryReportTableFormat(crosswalk)));
		// New York DOL, Washington ESD and Projections Central: layouts described by column mappings.
		formats.addAll(MappedTableFormat.builtIn(crosswalk));
		return formats;
	}

}
