package com.careerbrief.ingest.table.cpi;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

import com.careerbrief.ingest.table.DelimitedRow;
import com.careerbrief.ingest.table.RowHandler;
import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.ingest.table.TableItems;

/**
 * Checks each row of a CPI-U table (a year and a positive index) and keeps the accepted values by year.
 */
final class CpiRowHandler implements RowHandler {

	private final String file;

	private final SortedMap<Integer, BigDecimal> values = new TreeMap<>();

	CpiRowHandler(String file) {
		this.file = file;
	}

	static boolean isHeaderLine(String line) {
		return isHeaderFields(line.split(",", -1));
	}

	static boolean isHeaderFields(String[] fields) {
		return fields.length == 2 && fields[0].trim().toLowerCase(Locale.ROOT).equals("year")
				&& fields[1].trim().toLowerCase(Locale.ROOT).equals("cpi_u_annual_average");
	}

	@Override
	public boolean isHeader(DelimitedRow row) {
		return isHeaderFields(row.fields());
	}

	@Override
	public String bindHeader(DelimitedRow header) {
		return null;
	}

	@Override
	public TableItem handle(DelimitedRow row, Lookahead ahead) {
		String year = row.field(0);
		String index = row.field(1).replace(",", "");
		if (row.fields().length != 2) {
			return TableItems.rejected(file, row, "expected 2 fields (year, CPI-U annual average), found " + row.fields().length);
		}
		if (!year.matches("(19|20)\\d\\d")) {
			return TableItems.rejected(file, row, "the year '" + year + "' is not a four-digit year");
		}
		if (!index.matches("\\d+(\\.\\d+)?") || new BigDecimal(index).signum() <= 0) {
			return TableItems.rejected(file, row, "the CPI-U value '" + row.field(1) + "' is not a positive number");
		}
		if (values.containsKey(Integer.valueOf(year))) {
			return TableItems.rejected(file, row, "the year " + year + " appears twice; the first value is kept");
		}
		values.put(Integer.valueOf(year), new BigDecimal(index));
		return TableItems.accepted(file, row, List.of());
	}

	SortedMap<Integer, BigDecimal> values() {
		return Collections.unmodifiableSortedMap(values);
	}

}
