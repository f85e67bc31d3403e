package com.careerbrief.report.excel;

import java.util.Comparator;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.careerbrief.model.AreaType;
import com.careerbrief.model.Figure;
import com.careerbrief.model.OccupationReport;

/**
 * Writes the States sheet: state and regional figures from BLS and from state agencies side by side,
 * each with its source and vintage, so an analyst can see where they disagree.
 */
final class StatesSheetWriter {

	static final String NAME = "States";

	private static final Comparator<Figure> ORDER = Comparator.comparing(Figure::area)
		.thenComparing(Figure::metric)
		.thenComparing(Figure::statistic)
		.thenComparing(Figure::unit)
		.thenComparing(f -> f.source() == null ? "" : String.valueOf(f.source().kind()));

	private final TableSheet sheet;

	StatesSheetWriter(SXSSFWorkbook workbook, WorkbookStyles styles, int rowLimit) {
		this.sheet = new TableSheet(workbook, styles, NAME, List.of("SOC code", "Title", "Area", "Area type",
				"Metric", "Statistic", "Unit", "Value", "Source", "Source kind", "Vintage", "Published",
				"Code as published", "File", "Line"), rowLimit);
	}

	void write(OccupationReport report) {
		report.figures().stream()
			.filter(f -> f.areaType() == AreaType.STATE || f.areaType() == AreaType.REGION)
			.sorted(ORDER)
			.forEach(f -> sheet.newRow()
				.label(report.occupation().socCode())
				.label(report.occupation().title())
				.label(f.area())
				.label(f.areaType().name())
				.label(f.metric().name())
				.label(f.statistic().name())
				.label(f.unit().name())
				.value(f.value(), f.bound(), f.unit())
				.label(SourceText.of(f.source()))
				.label(f.source() == null ? null : String.valueOf(f.source().kind()))
				.label(f.period().label())
				.label(f.source() == null ? null : f.source().published())
				.label(f.originalCode())
				.label(SourceText.file(f.source()))
				.lineNumber(SourceText.line(f.source())));
	}

	void finish() {
		sheet.finish();
	}
}
