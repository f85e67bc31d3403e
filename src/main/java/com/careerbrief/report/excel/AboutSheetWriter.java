package com.careerbrief.report.excel;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.careerbrief.model.InputFile;
import com.careerbrief.model.RunInfo;

/**
 * Writes the About sheet: what the workbook is, which run and inputs made it, what each statistic and
 * verdict means, and the credits the sources' licences ask for.
 */
final class AboutSheetWriter {

	static final String NAME = "About";

	static final String ONET_CREDIT = "This workbook includes information from O*NET 29.2 Database by the U.S. "
			+ "Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 "
			+ "license. O*NET® is a trademark of USDOL/ETA.";

	static final String MODIFIED_NOTE = "careerbrief has modified all or some of this information: it selected "
			+ "rows, mapped SOC 2010 codes to SOC 2018, and compared the figures with claims made in articles. "
			+ "USDOL/ETA has not approved, endorsed, or tested these modifications.";

	private final TableSheet sheet;

	AboutSheetWriter(SXSSFWorkbook workbook, WorkbookStyles styles, int rowLimit) {
		this.sheet = new TableSheet(workbook, styles, NAME, List.of("Section", "Item", "Detail"), rowLimit);
	}

	/**
	 * @param finished when the workbook was completed (the run's last step)
	 * @param counts what the workbook holds, e.g. "Occupations" → "830"
	 */
	void write(RunInfo run, Instant finished, List<String[]> counts) {
		line("Workbook", "What it is", "The careerbrief analyst workbook: official labour-market figures per "
				+ "occupation, what career articles claim about them, and how each claim checks against the "
				+ "official data. One row per item on every sheet; filter with the header arrows.");
		line("Run", "Run id", String.valueOf(run.runId()));
		line("Run", "Started (UTC)", String.valueOf(run.started()));
		line("Run", "Workbook written (UTC)", String.valueOf(finished.truncatedTo(ChronoUnit.SECONDS)));
		counts.forEach(c -> line("Contents", c[0], c[1]));
		for (InputFile input : run.inputs()) {
			line("Input", input.path(), input.notRead() != null
					? "not read: " + input.notRead() : "SHA-256 " + input.sha256() + ", " + String.format("%,d", input.size()) + " bytes");
		}
		for (String[] sheetLine : Definitions.SHEETS) {
			line("Sheet", sheetLine[0], sheetLine[1]);
		}
		for (String[] column : Definitions.COLUMNS) {
			line("Column", column[0] + ": " + column[1], column[2]);
		}
		Definitions.statistics().forEach((statistic, meaning) -> line("Statistic", statistic.name(), meaning));
		Definitions.verdicts().forEach((verdict, meaning) -> line("Verdict", verdict.name(), meaning));
		line("Values", "≥ $239,200", "BLS publishes \"#\" for a wage at or above its top-code ($239,200 a year or "
				+ "$115.00 an hour for May 2022–2024; $208,000 or $100.00 for May 2018–2021). Such a wage is shown "
				+ "as text with \"≥\" and is never stored as a number; charts leave such a point out.");
		line("Credits", "U.S. Bureau of Labor Statistics", "OEWS and Employment Projections data are in the "
				+ "public domain. Source: U.S. Bureau of Labor Statistics.");
		line("Credits", "O*NET", ONET_CREDIT);
		line("Credits", "Modifications", MODIFIED_NOTE);
		line("Credits", "State agencies", "State figures are credited to their agency on each row of the States sheet.");
		sheet.finish();
	}

	private void line(String section, String item, String detail) {
		sheet.newRow().text(section).text(item).text(detail);
	}
}
