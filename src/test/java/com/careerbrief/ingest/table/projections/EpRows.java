package com.careerbrief.ingest.table.projections;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.ingest.table.TableSource;
import com.careerbrief.ingest.table.crosswalk.CrosswalkFile;
import com.careerbrief.model.Figure;

/** The figures ingest makes of one row of a shipped Employment Projections table, for report tests. */
public final class EpRows {

	private EpRows() {
	}

	/** The figures of the row on {@code line} of {@code input/projections/<file>}. */
	public static List<Figure> figures(String file, long line) throws IOException {
		ProjectionsTableFormat format = new ProjectionsTableFormat(
				CrosswalkFile.load(Path.of("input/crosswalk/soc_2010_to_2018_crosswalk.csv")));
		try (TableSource source = format.open(Path.of("input/projections").resolve(file))) {
			while (source.hasNext()) {
				TableItem item = source.next();
				if (item.line() == line) {
					return item.figures();
				}
			}
		}
		throw new IllegalArgumentException("no line " + line + " in " + file);
	}
}
