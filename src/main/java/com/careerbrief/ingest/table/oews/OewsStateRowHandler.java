package com.careerbrief.ingest.table.oews;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.careerbrief.ingest.table.CellReader;
import com.careerbrief.ingest.table.DelimitedRow;
import com.careerbrief.ingest.table.Delimiters;
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
 * Turns rows of an OEWS state file (full or cut-down layout: AREA_TITLE, OCC_CODE, OCC_TITLE and any
 * of the OEWS wage columns) into state figures; major-group rows are filtered.
 */
final class OewsStateRowHandler implements RowHandler {

	/** OEWS wage columns a state file may carry, with what each one is. */
	private static final Map<String, Statistic> WAGE_COLUMNS = Map.of("MEAN", Statistic.MEAN, "PCT10",
			Statistic.P10, "PCT25", Statistic.P25, "MEDIAN", Statistic.MEDIAN, "PCT75", Statistic.P75, "PCT90",
			Statistic.P90);

	private final String file;

	private final SocCrosswalk crosswalk;

	/** The file's cell rules; one per file, since it remembers the file's thousands-separator style. */
	private final CellReader cells = CellReader.oews();

	private final int year;

	private final SurveyYear surveyYear;

	private final Map<String, Integer> columns = new HashMap<>();

	private int width;

	private final char delimiter;

	/** @param surveyYear the survey year, from the file name (the state layouts have no year column) */
	OewsStateRowHandler(String file, SocCrosswalk crosswalk, SurveyYear surveyYear, char delimiter) {
		this.delimiter = delimiter;
		this.file = file;
		this.crosswalk = crosswalk;
		this.surveyYear = surveyYear;
		this.year = surveyYear.year();
	}

	static boolean looksLike(String[] header) {
		List<String> names = List.of(header).stream().map(h -> h.toUpperCase(Locale.ROOT)).toList();
		return names.contains("AREA_TITLE") && names.contains("OCC_CODE") && !names.contains("O_GROUP")
				&& (names.contains("A_MEAN") || names.contains("H_MEAN"));
	}

	@Override
	public boolean isHeader(DelimitedRow row) {
		return looksLike(row.fields());
	}

	@Override
	public String bindHeader(DelimitedRow header) {
		String[] fields = header.fields();
		for (int i = 0; i < fields.length; i++) {
			columns.putIfAbsent(fields[i].toUpperCase(Locale.ROOT), i);
		}
		width = fields.length;
		return year == 0 ? "survey year unknown: the file has no year column and its name has no 'M20xx'" : null;
	}

	@Override
	public String layoutName() {
		return "OEWS state, " + width + " columns" + (year == 0 ? "" : surveyYear.label());
	}

	@Override
	public TableItem handle(DelimitedRow row, Lookahead ahead) {
		if (row.fields().length != width) {
			return TableItems.rejected(file, row, "expected " + width + " " + Delimiters.separated(delimiter)
					+ " fields but found " + row.fields().length);
		}
		String code = row.field(columns.get("OCC_CODE"));
		if (!OewsNationalRowHandler.SOC_CODE.matcher(code).matches()) {
			return TableItems.rejected(file, row, "OCC_CODE '" + code + "' is not a SOC code like 29-2072");
		}
		String major = MajorGroups.filterReason(code);
		if (major != null) {
			return TableItems.filtered(file, row, major);
		}
		String area = row.field(columns.get("AREA_TITLE"));
		if (area.isEmpty()) {
			return TableItems.rejected(file, row, "AREA_TITLE is empty; expected a state name");
		}
		return figures(row, code, area);
	}

	private TableItem figures(DelimitedRow row, String code, String area) {
		SourceRef source = new SourceRef("bls-oews-" + year, "U.S. Bureau of Labor Statistics",
				"Occupational Employment and Wage Statistics, May " + year + ", state estimates",
				"https://www.bls.gov/oes/", "May " + year, SourceKind.OFFICIAL, file, row.line());
		String title = columns.containsKey("OCC_TITLE") ? row.field(columns.get("OCC_TITLE")) : null;
		FigureTemplate template = FigureTemplate.of(crosswalk, code, title, area, AreaType.STATE,
				Period.survey(year), source);
		FigureCollector collector = new FigureCollector(template, cells);
		if (columns.containsKey("TOT_EMP")) {
			collector.employment("TOT_EMP", row.field(columns.get("TOT_EMP")));
		}
		OewsTopCode topCode = OewsTopCode.forYear(year);
		for (String suffix : OewsNationalLayout.WAGE_SUFFIXES) {
			wage(collector, row, "H_" + suffix, Unit.USD_PER_HOUR, topCode);
			wage(collector, row, "A_" + suffix, Unit.USD_PER_YEAR, topCode);
		}
		return collector.item(file, row);
	}

	private void wage(FigureCollector collector, DelimitedRow row, String column, Unit unit, OewsTopCode topCode) {
		Integer index = columns.get(column);
		if (index != null) {
			collector.wage(column, row.field(index), WAGE_COLUMNS.get(column.substring(2)), unit,
					unit == Unit.USD_PER_HOUR ? topCode.hourly() : topCode.annual());
		}
	}

}
