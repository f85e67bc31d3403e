package com.careerbrief.ingest.table.crosswalk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import com.careerbrief.ingest.table.TableFormat;
import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.ingest.table.TableSource;
import com.careerbrief.ingest.table.TallyingTableSource;
import com.careerbrief.occupation.CrosswalkRow;
import com.careerbrief.occupation.CrosswalkSocCrosswalk;
import com.careerbrief.model.OccupationText;
import com.careerbrief.model.RejectedRow;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.SourceRef;

/**
 * Reads the BLS SOC 2010 → 2018 crosswalk as a table so each mapping row is accounted: a changed, split
 * or merged code becomes a CROSSWALK_NOTE under its SOC 2018 code; an unchanged row is filtered.
 */
public final class CrosswalkTableFormat implements TableFormat {

	static final String LAYOUT = "SOC 2010 to 2018 crosswalk (BLS)";

	@Override
	public String name() {
		return LAYOUT;
	}

	@Override
	public boolean accepts(String fileName, List<String> headLines) {
		return headLines.stream().anyMatch(CrosswalkFile::isHeader);
	}

	@Override
	public TableSource open(Path file) throws IOException {
		String name = file.getFileName().toString();
		List<CrosswalkFile.Line> lines = CrosswalkFile.read(file);
		CrosswalkSocCrosswalk crosswalk = new CrosswalkSocCrosswalk(
				lines.stream().map(CrosswalkFile.Line::row).filter(Objects::nonNull).toList());
		Iterator<CrosswalkFile.Line> rows = lines.iterator();
		return new TallyingTableSource(name, LAYOUT,
				() -> rows.hasNext() ? item(name, rows.next(), crosswalk) : null);
	}

	private static TableItem item(String file, CrosswalkFile.Line line, CrosswalkSocCrosswalk crosswalk) {
		long at = line.record().line();
		CrosswalkRow row = line.row();
		if (row == null) {
			return setAside(file, line, line.problem(), false);
		}
		if (row.unchanged()) {
			return setAside(file, line, "unchanged from SOC 2010 to 2018 (same code and title), nothing to note", true);
		}
		OccupationText note = new OccupationText(row.code2018(), OccupationText.Kind.CROSSWALK_NOTE,
				crosswalk.note(row), 0, source(file, at));
		return new TableItem(file, at, List.of(), List.of(), List.of(note), null);
	}

	private static TableItem setAside(String file, CrosswalkFile.Line line, String reason, boolean filtered) {
		long at = line.record().line();
		return new TableItem(file, at, List.of(), List.of(), List.of(),
				new RejectedRow(file, at, line.record().raw(), reason, filtered));
	}

	static SourceRef source(String file, long line) {
		return new SourceRef("soc-crosswalk-2010-2018",
				"U.S. Bureau of Labor Statistics, on behalf of OMB and the SOC Policy Committee",
				"SOC 2010 to 2018 crosswalk", "https://www.bls.gov/soc/2018/crosswalks.htm", "November 2017",
				SourceKind.OFFICIAL, file, line);
	}

}
