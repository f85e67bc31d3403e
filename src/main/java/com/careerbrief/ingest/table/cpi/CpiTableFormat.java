package com.careerbrief.ingest.table.cpi;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;

import com.careerbrief.ingest.table.RowTableSource;
import com.careerbrief.ingest.table.TableFormat;
import com.careerbrief.ingest.table.TableFormats;
import com.careerbrief.ingest.table.TableSource;

/**
 * Reads a CPI-U annual-average table ({@code year,cpi_u_annual_average}, any credit lines before the
 * header): each year's row is accounted here, and {@link #load} gives the index the reconciler uses to
 * express an outdated wage in today's dollars. The rows become no figures: a price index is not a
 * statement about any occupation.
 */
public final class CpiTableFormat implements TableFormat {

	static final String LAYOUT = "CPI-U annual averages (year, index)";

	@Override
	public String name() {
		return LAYOUT;
	}

	@Override
	public boolean accepts(String fileName, List<String> headLines) {
		return headLines.stream().anyMatch(CpiRowHandler::isHeaderLine);
	}

	@Override
	public TableSource open(Path file) throws IOException {
		return RowTableSource.open(file, LAYOUT, ',', new CpiRowHandler(file.getFileName().toString()));
	}

	/** True when the file is a CPI-U table by its header, whatever its name. */
	public static boolean isCpiTable(Path file) throws IOException {
		return new CpiTableFormat().accepts(file.getFileName().toString(), TableFormats.headLines(file));
	}

	/**
	 * The index by year, from the rows {@link #open} accepts (a rejected row is left out here and
	 * reported by the table stage).
	 */
	public static SortedMap<Integer, BigDecimal> load(Path file) throws IOException {
		CpiRowHandler handler = new CpiRowHandler(file.getFileName().toString());
		try (RowTableSource source = RowTableSource.open(file, LAYOUT, ',', handler)) {
			while (source.hasNext()) {
				source.next();
			}
		}
		return handler.values();
	}

}
