package com.careerbrief.ingest.table.oews;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.careerbrief.ingest.table.HeadLines;
import com.careerbrief.ingest.table.RowTableSource;
import com.careerbrief.ingest.table.TableFormat;
import com.careerbrief.ingest.table.TableSource;
import com.careerbrief.occupation.SocCrosswalk;

/** Reads the Washington State Employment Security Department OEWS file (state, metro and nonmetro areas) into agency figures. */
public final class WaesdTableFormat implements TableFormat {

	private final SocCrosswalk crosswalk;

	public WaesdTableFormat(SocCrosswalk crosswalk) {
		this.crosswalk = crosswalk;
	}

	@Override
	public String name() {
		return "Washington ESD OEWS";
	}

	/** The first line names every column of the layout (case and spaces ignored). */
	@Override
	public boolean accepts(String fileName, List<String> headLines) {
		return NamedColumns.hasAll(HeadLines.fields(headLines, 0, ','), WaesdRowHandler.REQUIRED);
	}

	@Override
	public TableSource open(Path file) throws IOException {
		return RowTableSource.open(file, name(), ',', new WaesdRowHandler(file.getFileName().toString(), crosswalk));
	}

}
