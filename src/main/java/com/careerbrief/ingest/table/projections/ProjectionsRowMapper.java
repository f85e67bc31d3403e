package com.careerbrief.ingest.table.projections;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.careerbrief.ingest.table.LineNumberedCsvReader.CsvRecord;
import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.model.AreaType;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.OccupationText;
import com.careerbrief.model.Period;
import com.careerbrief.model.RejectedRow;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.SourceRef;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.occupation.SocCrosswalk;

/**
 * Turns one data row of an EP occupational projections table into figures (employment, change,
 * openings, median wage) and the typical entry education, or sets it aside with a reason.
 */
final class ProjectionsRowMapper {

	private final String file;

	private final ProjectionsColumns columns;

	private final SocCrosswalk crosswalk;

	private final Period projection;

	ProjectionsRowMapper(String file, ProjectionsColumns columns, SocCrosswalk crosswalk) {
		this.file = file;
		this.columns = columns;
		this.crosswalk = crosswalk;
		this.projection = Period.projection(columns.baseYear(), columns.endYear());
	}

	TableItem map(CsvRecord record) {
		String[] cells = record.cells();
		if (record.problem() != null) {
			return setAside(record, record.problem(), false);
		}
		String code = cell(cells, columns.code());
		if (code.isEmpty() && Arrays.stream(cells).skip(1).allMatch(String::isBlank)) {
			String text = cell(cells, 0);
			return setAside(record, text.isEmpty() ? "blank row"
					: "footnote or note below the table (\"" + cut(text) + "\"), not an occupation", true);
		}
		if (cells.length < columns.width()) {
			return setAside(record, "row has " + cells.length + " cells, expected " + columns.width()
					+ " (truncated row?)", false);
		}
		if (!code.matches("\\d{2}-\\d{4}")) {
			return setAside(record, "occupation code '" + code + "' is not a code like 29-2072", false);
		}
		String type = cell(cells, columns.type()).toLowerCase(Locale.ROOT);
		if (type.equals("summary")) {
			return setAside(record, "summary row, not an occupation", true);
		}
		if (!type.equals("line item")) {
			return setAside(record, "occupation type '" + cell(cells, columns.type())
					+ "' is neither 'Line item' nor 'Summary'", false);
		}
		try {
			return accepted(record, code);
		}
		catch (NumberFormatException ex) {
			return setAside(record, ex.getMessage(), false);
		}
	}

	private TableItem accepted(CsvRecord record, String code) {
		String[] cells = record.cells();
		SocCrosswalk.Mapping mapping = crosswalk.map(code);
		String title = cell(cells, columns.title()).replaceAll("\\[\\d+]|\\(\\d+\\)", "").trim();
		SourceRef source = source(record.line());
		FigureMaker make = (metric, statistic, unit, cell, period) -> {
			if (cell == null) {
				return null;
			}
			// A change can be negative, so its 0.0 says only "under 50 either way" and stays 0; counts become "fewer than 50".
			ProjectionsValue value = unit != Unit.PERSONS ? cell
					: metric == Metric.EMPLOYMENT_CHANGE_COUNT ? new ProjectionsValue(cell.thousandsAsPersons(), cell.bound())
					: cell.countAsPersons();
			return new Figure(mapping.socCode(), code, mapping.note(), title, Figure.UNITED_STATES, AreaType.NATIONAL,
					metric, statistic, unit, value.value(), value.bound(), period, source);
		};
		List<Figure> figures = new ArrayList<>();
		addIfPresent(figures, make.figure(Metric.EMPLOYMENT, Statistic.VALUE, Unit.PERSONS,
				number(cells, columns.base()), Period.year(columns.baseYear())));
		addIfPresent(figures, make.figure(Metric.EMPLOYMENT_PROJECTED, Statistic.VALUE, Unit.PERSONS,
				number(cells, columns.projected()), Period.year(columns.endYear())));
		addIfPresent(figures, make.figure(Metric.EMPLOYMENT_CHANGE_COUNT, Statistic.VALUE, Unit.PERSONS,
				number(cells, columns.changeCount()), projection));
		addIfPresent(figures, make.figure(Metric.EMPLOYMENT_CHANGE_PERCENT, Statistic.VALUE, Unit.PERCENT,
				number(cells, columns.changePercent()), projection));
		addIfPresent(figures, make.figure(Metric.OPENINGS, columns.openingsStatistic(), Unit.PERSONS,
				number(cells, columns.openings()), projection));
		if (columns.wage() >= 0) {
			addIfPresent(figures, make.figure(Metric.WAGE, Statistic.MEDIAN, Unit.USD_PER_YEAR,
					number(cells, columns.wage()), Period.year(columns.wageYear())));
		}
		String education = columns.education() < 0 ? "" : cell(cells, columns.education());
		List<OccupationText> texts = education.isEmpty() || education.equals("—") ? List.of()
				: List.of(new OccupationText(mapping.socCode(), OccupationText.Kind.ENTRY_EDUCATION, education, 0,
						source));
		return new TableItem(file, record.line(), figures, List.of(), texts, null, record.raw());
	}

	private ProjectionsValue number(String[] cells, int column) {
		try {
			return ProjectionsValue.parse(cells[column]);
		}
		catch (NumberFormatException ex) {
			throw new NumberFormatException("column '" + columns.labels().get(column) + "' holds '" + cells[column]
					+ "', expected a number or — (not available)");
		}
	}

	SourceRef source(long line) {
		String vintage = projection.label();
		return new SourceRef("bls-ep-" + columns.baseYear() + "-" + String.format("%02d", columns.endYear() % 100),
				"U.S. Bureau of Labor Statistics", "Employment Projections " + vintage,
				"https://www.bls.gov/emp/tables.htm", vintage, SourceKind.OFFICIAL, file, line);
	}

	private TableItem setAside(CsvRecord record, String reason, boolean filtered) {
		return new TableItem(file, record.line(), List.of(), List.of(), List.of(),
				new RejectedRow(file, record.line(), record.raw(), reason, filtered));
	}

	private static void addIfPresent(List<Figure> figures, Figure figure) {
		if (figure != null) {
			figures.add(figure);
		}
	}

	private static String cell(String[] cells, int column) {
		return column >= 0 && column < cells.length ? cells[column].trim() : "";
	}

	private static String cut(String text) {
		return text.length() > 60 ? text.substring(0, 60) + "…" : text;
	}

	@FunctionalInterface
	private interface FigureMaker {

		Figure figure(Metric metric, Statistic statistic, Unit unit, ProjectionsValue value, Period period);

	}

}
