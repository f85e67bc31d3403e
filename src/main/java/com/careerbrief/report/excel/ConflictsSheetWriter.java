package com.careerbrief.report.excel;

import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.careerbrief.model.ChosenFigure;
import com.careerbrief.model.Conflict;
import com.careerbrief.model.OccupationReport;
import com.careerbrief.report.verdict.ReportWording;

/** Writes the Conflicts sheet: the competing values side by side, the one that holds, and why. */
final class ConflictsSheetWriter {

	static final String NAME = "Conflicts";

	/** Candidates shown in their own columns; any beyond are listed together in one more column. */
	private static final int SIDE_BY_SIDE = 3;

	private final TableSheet sheet;

	ConflictsSheetWriter(SXSSFWorkbook workbook, WorkbookStyles styles, int rowLimit) {
		this.sheet = new TableSheet(workbook, styles, NAME, List.of("SOC code", "Title", "Metric", "Area",
				"Candidate 1", "Candidate 2", "Candidate 3", "More candidates", "Chosen value", "Chosen statistic",
				"Chosen period", "Chosen source", "Why chosen", "Explanation"), rowLimit);
	}

	void write(OccupationReport report) {
		ReportWording wording = ReportWording.of(report);
		for (Conflict conflict : report.conflicts()) {
			RowWriter row = sheet.newRow()
				.label(conflict.socCode())
				.label(report.occupation().title())
				.label(conflict.metric() == null ? null : conflict.metric().name())
				.label(conflict.area());
			List<String> candidates = wording.candidates(conflict);
			for (int i = 0; i < SIDE_BY_SIDE; i++) {
				row.text(i < candidates.size() ? candidates.get(i) : null);
			}
			row.text(candidates.size() > SIDE_BY_SIDE
					? String.join("\n", candidates.subList(SIDE_BY_SIDE, candidates.size())) : null);
			chosen(row, conflict.chosen(), wording);
			row.text(wording.explanation(conflict));
		}
	}

	void finish() {
		sheet.finish();
	}

	private static void chosen(RowWriter row, ChosenFigure chosen, ReportWording wording) {
		if (chosen == null) {
			row.blank().blank().blank().blank().blank();
			return;
		}
		row.value(chosen.value(), chosen.bound(), chosen.unit())
			.label(chosen.statistic() == null ? null : chosen.statistic().name())
			.label(chosen.period() == null ? null : chosen.period().label())
			.label(SourceText.of(chosen.source()))
			.text(wording.why(chosen));
	}
}
