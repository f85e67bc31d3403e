package com.careerbrief.report.excel;

import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import com.careerbrief.model.Bound;

/**
 * Draws native Excel charts on a streamed sheet. SXSSF's own drawing cannot make charts, so they go on
 * the underlying XSSFSheet; the data are given both as cell ranges (so Excel follows edits) and as cached
 * values (so the chart shows without recalculation).
 */
final class ChartDrawer {

	/** Rows {@code first..last} of the Charts table holding one series (label in column C, value in D). */
	record Range(ChartsSheetWriter.Series series, int first, int last) {
	}

	private static final int LABEL_COLUMN = 2;
	private static final int VALUE_COLUMN = 3;
	private static final int CHART_COLUMN = 5;

	private final XSSFSheet sheet;
	private XSSFDrawing drawing;

	ChartDrawer(XSSFSheet sheet) {
		this.sheet = sheet;
	}

	/** A column chart with one series per range; nothing when there are no ranges. */
	void barChart(String title, List<Range> ranges, int topRow) {
		if (ranges.isEmpty()) {
			return;
		}
		XSSFChart chart = chart(title, topRow);
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom(chart), left(chart));
		data.setBarDirection(BarDirection.COL);
		ranges.forEach(range -> addSeries(data, range));
		chart.plot(data);
	}

	/** A line chart of one series. */
	void lineChart(String title, Range range, int topRow) {
		XSSFChart chart = chart(title, topRow);
		XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom(chart), left(chart));
		XDDFLineChartData.Series series = (XDDFLineChartData.Series) addSeries(data, range);
		series.setMarkerStyle(MarkerStyle.CIRCLE);
		chart.plot(data);
	}

	private XDDFChartData.Series addSeries(XDDFChartData data, Range range) {
		List<ChartsSheetWriter.Point> points = range.series().points();
		String[] labels = points.stream().map(ChartsSheetWriter.Point::label).toArray(String[]::new);
		// A top-coded wage is a bound, not a value: it is left out of the plot rather than drawn at its floor.
		Double[] values = points.stream()
			.map(p -> p.bound() != Bound.EXACT || p.value() == null ? null : p.value().doubleValue())
			.toArray(Double[]::new);
		XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(labels, reference(range, LABEL_COLUMN));
		XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromArray(values,
				reference(range, VALUE_COLUMN));
		XDDFChartData.Series series = data.addSeries(categories, numbers);
		series.setTitle(range.series().name(), null);
		return series;
	}

	private String reference(Range range, int column) {
		return new CellRangeAddress(range.first(), range.last(), column, column)
			.formatAsString(sheet.getSheetName(), true);
	}

	private XSSFChart chart(String title, int topRow) {
		if (drawing == null) {
			drawing = sheet.createDrawingPatriarch();
		}
		XSSFChart chart = drawing.createChart(
				drawing.createAnchor(0, 0, 0, 0, CHART_COLUMN, topRow + 1, CHART_COLUMN + 10, topRow + 19));
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		return chart;
	}

	private static XDDFCategoryAxis bottom(XSSFChart chart) {
		return chart.createCategoryAxis(AxisPosition.BOTTOM);
	}

	private static XDDFValueAxis left(XSSFChart chart) {
		XDDFValueAxis axis = chart.createValueAxis(AxisPosition.LEFT);
		axis.setCrosses(AxisCrosses.AUTO_ZERO);
		return axis;
	}
}
