package com.careerbrief.ingest.table.oews;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.careerbrief.ingest.table.HeadLines;
import com.careerbrief.ingest.table.RowTableSource;
import com.careerbrief.ingest.table.TableFormat;
import com.careerbrief.ingest.table.TableSource;
import com.careerbrief.occupation.SocCrosswalk;

/**
 * Reads CSV exports of the BLS OES query tool ("One occupation for multiple geographical areas"),
 * narrow or wide, into state (or metro) figures for one occupation.
 */
public final class OesQueryReportTableFormat implements TableFormat {

	private final SocCrosswalk crosswalk;

	public OesQueryReportTableFormat(SocCrosswalk crosswalk) {
		this.crosswalk = crosswalk;
	}

	@Override
	public String name() {
		return "BLS OES query tool";
	}

	/** A preamble line "Occupation: ... (SOC code ...)" and a header line starting "Area Name". */
	@Override
	public boolean accepts(String fileName, List<String> headLines) {
		boolean occupation = headLines.stream().anyMatch(l -> l.startsWith("Occupation:") && l.contains("SOC code"));
		return occupation && HeadLines.indexStartingWith(headLines, "Area Name", ',') >= 0;
	}

	@Override
	public TableSource open(Path file) throws IOException {
		return RowTableSource.open(file, name(), ',',
				new OesQueryReportRowHandler(file.getFileName().toString(), crosswalk));
	}

}
