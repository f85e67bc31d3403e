package com.careerbrief.report.excel;

import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.careerbrief.model.SourceWeight;

/** Writes the Sources sheet: the source ledger, with how many of each source's claims matched official data. */
final class SourcesSheetWriter {

	static final String NAME = "Sources";

	private final TableSheet sheet;

	SourcesSheetWriter(SXSSFWorkbook workbook, WorkbookStyles styles, int rowLimit) {
		this.sheet = new TableSheet(workbook, styles, NAME, List.of("Source id", "Kind", "Title", "Claims",
				"Checked", "Matched", "Match rate", "Weight"), rowLimit);
	}

	void write(List<SourceWeight> sources) {
		for (SourceWeight source : sources) {
			sheet.newRow()
				.text(source.sourceId())
				.text(source.kind() == null ? null : source.kind().name())
				.text(source.title())
				.count(source.claims())
				.count(source.checked())
				.count(source.matched())
				.percent(source.checked() == 0 ? null : (double) source.matched() / source.checked())
				.decimal(source.weight());
		}
		sheet.finish();
	}
}
