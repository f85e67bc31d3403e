package com.careerbrief.ingest.table.projections;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbrief.ingest.table.LineNumberedCsvReader;
import com.careerbrief.ingest.table.LineNumberedCsvReader.CsvRecord;
import com.careerbrief.ingest.table.TableFormat;
import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.ingest.table.TableSource;
import com.careerbrief.ingest.table.TallyingTableSource;
import com.careerbrief.model.OccupationText;
import com.careerbrief.model.RejectedRow;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.SourceRef;
import com.careerbrief.occupation.SocCrosswalk;

/**
 * Reads BLS Employment Projections Table 5.4 (education and training assignments by occupation): each
 * occupation's typical entry-level education becomes an ENTRY_EDUCATION text.
 */
public final class EducationAssignmentsTableFormat implements TableFormat {

	static final String LAYOUT = "BLS Employment Projections Table 5.4 education assignments";

	private static final Pattern YEAR = Pattern.compile("(\\d{4}) national employment matrix");

	private final SocCrosswalk crosswalk;

	public EducationAssignmentsTableFormat(SocCrosswalk crosswalk) {
		this.crosswalk = crosswalk;
	}

	@Override
	public String name() {
		return LAYOUT;
	}

	@Override
	public boolean accepts(String fileName, List<String> headLines) {
		String head = ProjectionsColumns.normalise(String.join(" ", headLines));
		return head.contains("national employment matrix code") && head.contains("typical education needed for entry")
				&& !head.contains("employment change");
	}

	@Override
	public TableSource open(Path file) throws IOException {
		String name = file.getFileName().toString();
		LineNumberedCsvReader reader = new LineNumberedCsvReader(file, ',');
		CsvRecord header = reader.next();
		while (header != null && (header.problem() != null || !ProjectionsColumns.normalise(String.join(" ",
				header.cells())).contains("national employment matrix code"))) {
			header = reader.next();
		}
		List<String> labels = header == null ? List.of()
				: Arrays.stream(header.cells()).map(ProjectionsColumns::normalise).toList();
		int code = indexOf(labels, "matrix code");
		int education = indexOf(labels, "typical education");
		if (code < 0 || education < 0) {
			reader.close();
			return TallyingTableSource.failed(name, LAYOUT,
					"no header row with the National Employment Matrix code and typical education columns");
		}
		Matcher year = YEAR.matcher(labels.get(0));
		String vintage = year.find() ? year.group(1) : null;
		return new TallyingTableSource(name, LAYOUT, new TallyingTableSource.RowReader() {
			@Override
			public TableItem next() throws IOException {
				CsvRecord record = reader.next();
				return record == null ? null : map(name, record, code, education, vintage);
			}

			@Override
			public void close() throws IOException {
				reader.close();
			}
		});
	}

	private TableItem map(String file, CsvRecord record, int code, int education, String vintage) {
		String[] cells = record.cells();
		if (record.problem() != null) {
			return setAside(file, record, record.problem(), false);
		}
		if (Arrays.stream(cells).skip(1).allMatch(String::isBlank)) {
			return setAside(file, record, cells.length == 0 || cells[0].isBlank() ? "blank row"
					: "footnote or note below the table, not an occupation", true);
		}
		if (cells.length <= Math.max(code, education)) {
			return setAside(file, record, "row has " + cells.length + " cells, expected at least "
					+ (Math.max(code, education) + 1) + " (truncated row?)", false);
		}
		String soc = cells[code].trim();
		String text = cells[education].trim();
		if (!soc.matches("\\d{2}-\\d{4}")) {
			return setAside(file, record, "occupation code '" + soc + "' is not a code like 29-2072", false);
		}
		if (text.isEmpty() || text.equals("—")) {
			return setAside(file, record, "no typical entry education published for " + soc, true);
		}
		SourceRef source = new SourceRef("bls-ep-table5.4-" + vintage, "U.S. Bureau of Labor Statistics",
				"Employment Projections Table 5.4, education and training assignments, " + vintage,
				"https://www.bls.gov/emp/tables.htm", vintage, SourceKind.OFFICIAL, file, record.line());
		OccupationText entry = new OccupationText(crosswalk.map(soc).socCode(), OccupationText.Kind.ENTRY_EDUCATION,
				text, 0, source);
		return new TableItem(file, record.line(), List.of(), List.of(), List.of(entry), null);
	}

	private static TableItem setAside(String file, CsvRecord record, String reason, boolean filtered) {
		return new TableItem(file, record.line(), List.of(), List.of(), List.of(),
				new RejectedRow(file, record.line(), record.raw(), reason, filtered));
	}

	private static int indexOf(List<String> labels, String part) {
		for (int i = 0; i < labels.size(); i++) {
			if (labels.get(i).contains(part)) {
				return i;
			}
		}
		return -1;
	}

}
