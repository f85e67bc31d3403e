package com.careerbrief.report.excel;

import java.util.Comparator;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.OccupationReport;
import com.careerbrief.model.PeriodKind;

/**
 * Writes the Wage history sheet: every national OEWS wage of an occupation by year and statistic, with
 * the code as published so the moves 29-2071 → 29-2098 → 29-2072 stay visible.
 */
final class WageHistorySheetWriter {

	static final String NAME = "Wage history";

	private static final Comparator<Figure> ORDER = Comparator.<Figure>comparingInt(f -> f.period().endYear())
		.thenComparing(Figure::unit)
		.thenComparing(Figure::statistic)
		.thenComparing(Figure::originalCode, Comparator.nullsFirst(Comparator.naturalOrder()));

	private final TableSheet sheet;

	WageHistorySheetWriter(SXSSFWorkbook workbook, WorkbookStyles styles, int rowLimit) {
		this.sheet = new TableSheet(workbook, styles, NAME, List.of("SOC code", "Title", "Year", "Period",
				"Statistic", "Unit", "Value", "Code as published", "Title as published", "Code note", "Source",
				"File", "Line"), rowLimit);
	}

	void write(OccupationReport report) {
		report.figures().stream()
			.filter(f -> f.isNational() && f.metric() == Metric.WAGE && f.period().kind() == PeriodKind.SURVEY)
			.sorted(ORDER)
			.forEach(f -> sheet.newRow()
				.label(report.occupation().socCode())
				.label(report.occupation().title())
				.year(f.period().endYear())
				.label(f.period().label())
				.label(f.statistic().name())
				.label(f.unit().name())
				.value(f.value(), f.bound(), f.unit())
				.label(f.originalCode())
				.label(f.occupationTitle())
				.label(f.codeNote())
				.label(SourceText.of(f.source()))
				.label(SourceText.file(f.source()))
				.lineNumber(SourceText.line(f.source())));
	}

	void finish() {
		sheet.finish();
	}
}
