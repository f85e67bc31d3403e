package com.careerbrief.ingest.table.projections;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.careerbrief.ingest.table.LineNumberedCsvReader;
import com.careerbrief.ingest.table.LineNumberedCsvReader.CsvRecord;
import com.careerbrief.ingest.table.TableFormat;
import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.ingest.table.TableSource;
import com.careerbrief.ingest.table.TallyingTableSource;
import com.careerbrief.occupation.SocCrosswalk;

/**
 * Reads a BLS Employment Projections occupation table (Table 1.7 of 2014–24 to 2019–29, Tables 1.2 and
 * 1.10 of 2024–34) in any of its header layouts; figures in thousands become persons, and SOC 2010 codes go
 * through the crosswalk.
 */
public final class ProjectionsTableFormat implements TableFormat {

	static final String LAYOUT = "BLS Employment Projections occupation table";

	private final SocCrosswalk crosswalk;

	public ProjectionsTableFormat(SocCrosswalk crosswalk) {
		this.crosswalk = crosswalk;
	}

	@Override
	public String name() {
		return LAYOUT;
	}

	@Override
	public boolean accepts(String fileName, List<String> headLines) {
		return ProjectionsColumns.looksLikeProjections(String.join(" ", headLines));
	}

	@Override
	public TableSource open(Path file) throws IOException {
		String name = file.getFileName().toString();
		LineNumberedCsvReader reader = new LineNumberedCsvReader(file, ',');
		CsvRecord header = reader.next();
		// Title rows come first; the header is the row naming the National Employment Matrix title.
		while (header != null && (header.problem() != null || !ProjectionsColumns.normalise(String.join(" ",
				header.cells())).contains("national employment matrix"))) {
			header = reader.next();
		}
		CsvRecord next = header == null ? null : reader.next();
		boolean twoRows = next != null && ProjectionsColumns.isYearRow(next.cells());
		ProjectionsColumns columns = header == null ? null
				: ProjectionsColumns.resolve(header.cells(), twoRows ? next.cells() : null);
		if (columns == null) {
			reader.close();
			return TallyingTableSource.failed(name, LAYOUT, header == null ? "no header row naming the National "
					+ "Employment Matrix title" : "header row lacks a needed column (title, code, occupation type, "
							+ "employment in two years, change, openings)");
		}
		ProjectionsRowMapper mapper = new ProjectionsRowMapper(name, columns, crosswalk);
		CsvRecord[] pending = { twoRows ? null : next };
		TallyingTableSource.RowReader rows = new TallyingTableSource.RowReader() {
			@Override
			public TableItem next() throws IOException {
				CsvRecord record = pending[0] != null ? pending[0] : reader.next();
				pending[0] = null;
				return record == null ? null : mapper.map(record);
			}

			@Override
			public void close() throws IOException {
				reader.close();
			}
		};
		// Table 1.10's separation rates, exits and transfers have no Metric yet; its employment, change and
		// openings columns are read like Table 1.2's.
		String layout = columns.separationsTable() ? "BLS Employment Projections separations and openings table" : LAYOUT;
		return new TallyingTableSource(name, layout + " " + columns.baseYear() + "–"
				+ String.format("%02d", columns.endYear() % 100), rows);
	}

}
