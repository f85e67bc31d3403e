package com.careerbrief.ingest.table.oews;

import java.util.List;

import com.careerbrief.ingest.table.DelimitedRow;
import com.careerbrief.ingest.table.FigureCollector;
import com.careerbrief.ingest.table.FigureTemplate;
import com.careerbrief.ingest.table.RowHandler;
import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.ingest.table.TableItems;
import com.careerbrief.model.AreaType;
import com.careerbrief.model.Period;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.SourceRef;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.occupation.SocCrosswalk;

/**
 * Turns rows of the Washington State Employment Security Department OEWS file into hourly and annual
 * wage figures for the state (area code 000053) and its metro and nonmetro areas.
 */
final class WaesdRowHandler implements RowHandler {

	static final List<String> REQUIRED = List.of("Year", "Area code", "Area name", "SOC code", "Occupational title",
			"Employment", "Average wage", "25th Percentile", "50th Percentile", "75th Percentile", "Annual wage");

	private static final String STATE_AREA = "000053";

	private final String file;

	private final SocCrosswalk crosswalk;

	private NamedColumns columns;

	WaesdRowHandler(String file, SocCrosswalk crosswalk) {
		this.file = file;
		this.crosswalk = crosswalk;
	}

	@Override
	public boolean isHeader(DelimitedRow row) {
		return NamedColumns.hasAll(row.fields(), REQUIRED);
	}

	@Override
	public String bindHeader(DelimitedRow header) {
		columns = new NamedColumns(header.fields());
		return null;
	}

	@Override
	public String layoutName() {
		return "Washington ESD OEWS";
	}

	@Override
	public TableItem handle(DelimitedRow row, Lookahead ahead) {
		if (row.fields().length != columns.width()) {
			return TableItems.rejected(file, row, "expected " + columns.width() + " comma-separated fields but found "
					+ row.fields().length);
		}
		String code = columns.get(row, "SOC code");
		if (!OewsNationalRowHandler.SOC_CODE.matcher(code).matches()) {
			return TableItems.rejected(file, row, "SOC code '" + code + "' is not a SOC code like 29-2072");
		}
		String year = columns.get(row, "Year");
		if (!year.matches("(19|20)\\d\\d")) {
			return TableItems.rejected(file, row, "Year '" + year + "' is not a four-digit year");
		}
		String major = MajorGroups.filterReason(code);
		return major != null ? TableItems.filtered(file, row, major) : figures(row, code, Integer.parseInt(year));
	}

	private TableItem figures(DelimitedRow row, String code, int year) {
		boolean state = STATE_AREA.equals(columns.get(row, "Area code"));
		SourceRef source = new SourceRef("waesd-oews-" + year, "Washington State Employment Security Department",
				"Occupational Employment and Wage Statistics, Washington, " + year, null, String.valueOf(year),
				SourceKind.AGENCY, file, row.line());
		FigureTemplate template = FigureTemplate.of(crosswalk, code, columns.get(row, "Occupational title"),
				state ? "Washington" : columns.get(row, "Area name"), state ? AreaType.STATE : AreaType.REGION,
				Period.year(year), source);
		FigureCollector collector = new FigureCollector(template);
		collector.employment("Employment", columns.get(row, "Employment"));
		// The average and the percentiles are hourly; only "Annual wage" (the annual mean) is yearly.
		wage(collector, row, "Average wage", Statistic.MEAN, Unit.USD_PER_HOUR);
		wage(collector, row, "25th Percentile", Statistic.P25, Unit.USD_PER_HOUR);
		wage(collector, row, "50th Percentile", Statistic.MEDIAN, Unit.USD_PER_HOUR);
		wage(collector, row, "75th Percentile", Statistic.P75, Unit.USD_PER_HOUR);
		wage(collector, row, "Annual wage", Statistic.MEAN, Unit.USD_PER_YEAR);
		return collector.item(file, row);
	}

	private void wage(FigureCollector collector, DelimitedRow row, String column, Statistic statistic, Unit unit) {
		collector.wage(column, columns.get(row, column), statistic, unit, null);
	}

}
