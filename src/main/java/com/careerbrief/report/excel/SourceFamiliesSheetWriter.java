package com.careerbrief.report.excel;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.careerbrief.model.SourceDependence;
import com.careerbrief.model.SourceDependence.SharedValue;
import com.careerbrief.model.SourceWeight;

/**
 * Writes the Source families sheet: each source that probably copies another, the probability, whether they
 * are one text saved twice, and the values they share (false or stale ones first, as they tell most).
 */
final class SourceFamiliesSheetWriter {

	static final String NAME = "Source families";

	/** Shared values listed in the cell; the rest are counted. */
	private static final int LISTED = 20;

	private final TableSheet sheet;

	SourceFamiliesSheetWriter(SXSSFWorkbook workbook, WorkbookStyles styles, int rowLimit) {
		this.sheet = new TableSheet(workbook, styles, NAME, List.of("Family", "Source", "Source title", "Probably copies",
				"Its title", "Probability", "Basis", "Same false or stale values", "Same true values", "Different values",
				"Shared values"), rowLimit);
	}

	void write(List<SourceDependence> dependences, List<SourceWeight> sources) {
		Map<String, String> titles = sources.stream()
			.collect(Collectors.toMap(SourceWeight::sourceId, SourceWeight::title, (a, b) -> a));
		Function<String, String> title = id -> titles.getOrDefault(id, id);
		for (SourceDependence d : dependences) {
			sheet.newRow()
				.label(d.familyId())
				.label(d.sourceId())
				.text(title.apply(d.sourceId()))
				.label(d.copiesFrom())
				.text(title.apply(d.copiesFrom()))
				.percent(d.probability())
				.text(d.sameText() ? "same text (the same sentences)" : "shared values")
				.count(d.sameFalse())
				.count(d.sameTrue())
				.count(d.differing())
				.text(shared(d.shared()));
		}
		sheet.finish();
	}

	/** "$37,110 (29-2072 AVERAGE_AS_WORDED, United States; wrong or stale); …", false ones first. */
	static String shared(List<SharedValue> values) {
		List<SharedValue> ordered = values.stream()
			.sorted(java.util.Comparator.comparing((SharedValue v) -> v.correct() == null ? 1 : v.correct() ? 2 : 0))
			.toList();
		String listed = ordered.stream().limit(LISTED).map(SourceFamiliesSheetWriter::one).collect(Collectors.joining("; "));
		return ordered.size() > LISTED ? listed + String.format(Locale.US, "; and %,d more", ordered.size() - LISTED) : listed;
	}

	private static String one(SharedValue v) {
		String truth = v.correct() == null ? "no official figure" : v.correct() ? "agrees with official data" : "wrong or stale";
		String statistic = v.statistic() == null ? "" : " " + v.statistic().name();
		return CellValues.display(v.value(), v.unit()) + " (" + v.socCode() + " " + v.metric() + statistic + ", " + v.place()
				+ "; " + truth + ")";
	}
}
