package com.careerbrief.job;

import java.util.List;

import com.careerbrief.ingest.table.GenericFiguresTableFormat;
import com.careerbrief.ingest.table.TableFormat;
import com.careerbrief.ingest.table.oews.NysdolTableFormat;
import com.careerbrief.ingest.table.oews.OesQueryReportTableFormat;
import com.careerbrief.ingest.table.oews.OewsNationalTableFormat;
import com.careerbrief.ingest.table.oews.OewsStateTableFormat;
import com.careerbrief.ingest.table.oews.WaesdTableFormat;
import com.careerbrief.occupation.SocCrosswalk;

/** The OEWS-family table layouts (national, state, query tool, state agencies, generic figures). */
final class OewsFormats {

	private OewsFormats() {
	}

	static List<TableFormat> all(SocCrosswalk crosswalk) {
		return List.of(new OewsNationalTableFormat(crosswalk), new OewsStateTableFormat(crosswalk),
				new OesQueryReportTableFormat(crosswalk), new NysdolTableFormat(crosswalk),
				new WaesdTableFormat(crosswalk), new GenericFiguresTableFormat(crosswalk));
	}

}
