package com.careerbrief.ingest.table.oews;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.careerbrief.ingest.table.HeadLines;
import com.careerbrief.ingest.table.RowTableSource;
import com.careerbrief.ingest.table.TableFormat;
import com.careerbrief.ingest.table.TableSource;
import com.careerbrief.occupation.SocCrosswalk;

/** Reads the New York State Department of Labor OEWS release (state and labor-market regions) into agency figures. */
public final class NysdolTableFormat implements TableFormat {

	private final SocCrosswalk crosswalk;

	public NysdolTableFormat(SocCrosswalk crosswalk) {
		this.crosswalk = crosswalk;
	}

	@Override
	public String name() {
		return "New York State DOL OEWS";
	}

	/** The first line names every column of the layout (case and spaces ignored). */
	@Override
	public boolean accepts(String fileName, List<String> headLines) {
		return NamedColumns.hasAll(HeadLines.fields(headLines, 0, ','), NysdolRowHandler.REQUIRED);
	}

	@Override
	public TableSource open(Path file) throws IOException {
		return RowTableSource.open(file, name(), ',', new NysdolRowHandler(file.getFileName().toString(), crosswalk));
	}

}
