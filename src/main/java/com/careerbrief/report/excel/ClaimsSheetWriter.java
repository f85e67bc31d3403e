package com.careerbrief.report.excel;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.careerbrief.model.Claim;
import com.careerbrief.model.DocumentInfo;
import com.careerbrief.model.Figure;
import com.careerbrief.model.OccupationReport;
import com.careerbrief.model.Quote;
import com.careerbrief.model.Unit;
import com.careerbrief.model.Verdict;
import com.careerbrief.report.verdict.ReportWording;
import com.careerbrief.model.VerdictKind;

/**
 * Writes the Claims sheet: every claim with its quotes, its verdicts and the official figure it was
 * checked against; rows whose verdicts include CONFLICTS are filled red.
 */
final class ClaimsSheetWriter {

	static final String NAME = "Claims";

	private static final List<String> HEADERS = List.of("SOC code", "Claim id", "Document", "Document title",
			"Kind", "Category", "Statement", "Statistic as worded", "Statistic", "Value", "Value high", "Unit",
			"Period", "Place", "Attribution", "Section", "Quote", "Start", "End", "Other quotes", "Verdicts",
			"Reasons", "Checked against", "Checked statistic", "Checked period", "Checked source", "Distance");

	private final TableSheet sheet;

	ClaimsSheetWriter(SXSSFWorkbook workbook, WorkbookStyles styles, int rowLimit) {
		this.sheet = new TableSheet(workbook, styles, NAME, HEADERS, rowLimit);
	}

	void write(OccupationReport report) {
		Map<String, List<Verdict>> verdicts = report.verdicts().stream()
			.collect(Collectors.groupingBy(Verdict::claimId));
		Map<String, DocumentInfo> documents = report.documents().stream()
			.collect(Collectors.toMap(DocumentInfo::documentId, Function.identity(), (a, b) -> a));
		ReportWording wording = ReportWording.of(report);
		for (Claim claim : report.claims()) {
			RowWriter row = sheet.newRow();
			describe(row, claim, report.occupation().socCode(), documents.get(claim.documentId()));
			quotes(row, claim.quotes());
			judge(row, verdicts.getOrDefault(claim.claimId(), List.of()), wording);
		}
	}

	void finish() {
		sheet.finish(ClaimsSheetWriter::highlightConflicts);
	}

	private static void describe(RowWriter row, Claim claim, String soc, DocumentInfo document) {
		String statistic = claim.statistic() == null ? null
				: claim.percentile() > 0 ? claim.statistic() + " (" + claim.percentile() + "%)" : claim.statistic().name();
		row.label(claim.socCode() == null ? soc : claim.socCode())
			.text(claim.claimId())
			.label(claim.documentId())
			.label(document == null ? null : document.title())
			.label(claim.figure() ? "figure" : "fact")
			.label(claim.figure() ? (claim.metric() == null ? null : claim.metric().name())
					: (claim.category() == null ? null : claim.category().name()))
			.text(claim.detail() == null ? claim.text() : claim.text() + " — " + claim.detail())
			.label(claim.statisticAsWorded())
			.label(statistic)
			.number(claim.valueLow(), claim.unit())
			.number(claim.valueHigh(), claim.unit())
			.label(claim.unit() == null ? null : claim.unit().name())
			.label(claim.period() == null ? null : claim.period().label())
			.label(claim.place())
			.label(claim.attribution());
	}

	private static void quotes(RowWriter row, List<Quote> quotes) {
		if (quotes == null || quotes.isEmpty()) {
			row.blank().blank().blank().blank().blank();
			return;
		}
		Quote first = quotes.get(0);
		row.label(first.section()).text(first.sentence()).count(first.start()).count(first.end());
		row.text(quotes.size() == 1 ? null : quotes.subList(1, quotes.size()).stream()
			.map(q -> q.section() + ": " + q.sentence() + " [" + q.start() + "–" + q.end() + "]")
			.collect(Collectors.joining("\n")));
	}

	private static void judge(RowWriter row, List<Verdict> verdicts, ReportWording wording) {
		row.label(verdicts.stream().map(v -> v.kind().name()).distinct().collect(Collectors.joining(", ")))
			.text(verdicts.stream().map(wording::reason).filter(r -> !r.isBlank())
				.collect(Collectors.joining("\n")));
		Verdict checked = verdicts.stream().filter(v -> v.checkedAgainst() != null).findFirst().orElse(null);
		if (checked == null) {
			row.blank().blank().blank().blank().blank();
			return;
		}
		Figure f = checked.checkedAgainst();
		row.value(f.value(), f.bound(), f.unit())
			.label(f.statistic().name())
			.label(f.period().label())
			.label(SourceText.of(f.source()) + " (" + f.originalCode() + ", " + f.area() + ")")
			.number(checked.distancePercent(), Unit.PERCENT);
	}

	private static void highlightConflicts(SXSSFSheet part, int lastRow) {
		RedRowHighlight.where(part, lastRow, HEADERS.size(), HEADERS.indexOf("Verdicts"), VerdictKind.CONFLICTS.name());
	}
}
