package com.careerbrief.report.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.careerbrief.model.Bound;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.OccupationReport;
import com.careerbrief.model.PeriodKind;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.report.excel.FigurePicker.Pick;

/**
 * Writes the Charts sheet: the wage percentiles of the configured occupations and the median history of
 * the first, as a small table that native Excel charts beside it plot.
 */
final class ChartsSheetWriter {

	static final String NAME = "Charts";

	private static final List<Statistic> PERCENTILES = List.of(Statistic.P10, Statistic.P25, Statistic.MEDIAN,
			Statistic.P75, Statistic.P90);

	/** One point of a chart: its category label and its value (null when BLS only gives a bound). */
	record Point(String label, BigDecimal value, Bound bound) {
	}

	/** One plotted line or set of bars. */
	record Series(String name, List<Point> points) {
	}

	private final SXSSFWorkbook workbook;
	private final WorkbookStyles styles;
	private final List<String> socCodes;
	private final Map<String, Series> percentiles = new LinkedHashMap<>();
	private Series history;

	ChartsSheetWriter(SXSSFWorkbook workbook, WorkbookStyles styles, List<String> socCodes) {
		this.workbook = workbook;
		this.styles = styles;
		this.socCodes = socCodes;
	}

	/** Keeps the chart data of a configured occupation; others pass through untouched. */
	void collect(OccupationReport report) {
		String soc = report.occupation().socCode();
		if (!socCodes.contains(soc)) {
			return;
		}
		String name = soc + " " + report.occupation().title();
		List<Point> points = new ArrayList<>();
		for (Statistic statistic : PERCENTILES) {
			Optional<Pick> pick = FigurePicker.pick(report, Metric.WAGE, statistic, Set.of(Unit.USD_PER_YEAR),
					PeriodKind.SURVEY);
			pick.ifPresent(p -> points.add(new Point(statistic.name(), p.value(), p.bound())));
		}
		percentiles.put(soc, new Series(name, points));
		if (soc.equals(socCodes.get(0))) {
			history = new Series(name, medianHistory(report));
		}
	}

	/** Writes the data table and the charts; sheets without data get the table header only. */
	void finish() {
		TableSheet sheet = new TableSheet(workbook, styles, NAME,
				List.of("Chart", "Series", "Label", "Annual wage"), WorkbookOptions.EXCEL_MAX_ROWS);
		ChartDrawer drawer = new ChartDrawer(workbook.getXSSFWorkbook().getSheet(NAME));
		List<ChartDrawer.Range> bars = new ArrayList<>();
		for (String soc : socCodes) {
			Series series = percentiles.get(soc);
			if (series != null && !series.points().isEmpty()) {
				bars.add(write(sheet, "Wage percentiles", series));
			}
		}
		drawer.barChart("Annual wage percentiles", bars, 0);
		if (history != null && !history.points().isEmpty()) {
			drawer.lineChart("Median annual wage by year: " + history.name(),
					write(sheet, "Median history", history), 20);
		}
		sheet.finish();
	}

	private ChartDrawer.Range write(TableSheet sheet, String chart, Series series) {
		int first = -1;
		int last = -1;
		for (Point point : series.points()) {
			RowWriter row = sheet.newRow().text(chart).text(series.name()).text(point.label())
				.value(point.value(), point.bound(), Unit.USD_PER_YEAR);
			first = first < 0 ? row.rowIndex() : first;
			last = row.rowIndex();
		}
		return new ChartDrawer.Range(series, first, last);
	}

	private static List<Point> medianHistory(OccupationReport report) {
		Map<Integer, Figure> byYear = new TreeMap<>();
		String soc = report.occupation().socCode();
		report.figures().stream()
			.filter(f -> f.isNational() && f.metric() == Metric.WAGE && f.statistic() == Statistic.MEDIAN
					&& f.unit() == Unit.USD_PER_YEAR && f.period().kind() == PeriodKind.SURVEY)
			// one figure per year; the occupation's own code wins over a hybrid or older code
			.sorted(Comparator.comparing(f -> soc.equals(f.socCode())))
			.forEach(f -> byYear.put(f.period().endYear(), f));
		return byYear.values().stream()
			.map(f -> new Point(f.period().label() + " (" + f.originalCode() + ")", f.value(), f.bound()))
			.toList();
	}
}
