package com.careerbrief.ingest.table.mapping;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.careerbrief.ingest.table.DelimitedRow;
import com.careerbrief.ingest.table.HeadLines;
import com.careerbrief.ingest.table.RowTableSource;
import com.careerbrief.ingest.table.TableFormat;
import com.careerbrief.ingest.table.TableSource;
import com.careerbrief.occupation.SocCrosswalk;

/**
 * A table layout given by a {@link ColumnMapping} (a properties file) instead of a class: the New York
 * DOL and Washington ESD files, and any layout an operator adds.
 */
public final class MappedTableFormat implements TableFormat {

	private final ColumnMapping mapping;

	private final SocCrosswalk crosswalk;

	public MappedTableFormat(ColumnMapping mapping, SocCrosswalk crosswalk) {
		this.mapping = mapping;
		this.crosswalk = crosswalk;
	}

	/** The formats of the mappings shipped with careerbrief. */
	public static List<TableFormat> builtIn(SocCrosswalk crosswalk) {
		return ColumnMappings.builtIn().stream().<TableFormat>map(m -> new MappedTableFormat(m, crosswalk)).toList();
	}

	@Override
	public String name() {
		return mapping.name();
	}

	/** The first line names every column of the mapping (case and surrounding spaces ignored). */
	@Override
	public boolean accepts(String fileName, List<String> headLines) {
		String[] header = HeadLines.fields(headLines, 0, mapping.delimiter());
		return handler(fileName).isHeader(new DelimitedRow(1, "", header, null));
	}

	@Override
	public TableSource open(Path file) throws IOException {
		return RowTableSource.open(file, name(), mapping.delimiter(), handler(file.getFileName().toString()));
	}

	private MappedRowHandler handler(String fileName) {
		return new MappedRowHandler(fileName, mapping, crosswalk);
	}

}
