package com.careerbrief.ingest.table.oews;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.careerbrief.ingest.table.TableFormat;
import com.careerbrief.ingest.table.TableSource;
import com.careerbrief.ingest.table.mapping.ColumnMappings;
import com.careerbrief.ingest.table.mapping.MappedTableFormat;
import com.careerbrief.occupation.SocCrosswalk;

/**
 * Reads the New York State Department of Labor OEWS release (state and labor-market regions) into
 * agency figures, as described by its column mapping
 * {@code layouts/nysdol-oews.properties}; kept as a named class so existing wiring still compiles
 * ({@link MappedTableFormat#builtIn} gives the same format).
 */
public final class NysdolTableFormat implements TableFormat {

	private final MappedTableFormat mapped;

	public NysdolTableFormat(SocCrosswalk crosswalk) {
		this.mapped = new MappedTableFormat(ColumnMappings.fromResource("layouts/nysdol-oews.properties"), crosswalk);
	}

	@Override
	public String name() {
		return mapped.name();
	}

	@Override
	public boolean accepts(String fileName, List<String> headLines) {
		return mapped.accepts(fileName, headLines);
	}

	@Override
	public TableSource open(Path file) throws IOException {
		return mapped.open(file);
	}

}
