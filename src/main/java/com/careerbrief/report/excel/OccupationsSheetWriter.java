package com.careerbrief.report.excel;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.careerbrief.model.Metric;
import com.careerbrief.model.OccupationReport;
import com.careerbrief.model.OccupationText;
import com.careerbrief.model.PeriodKind;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.report.BriefFileName;
import com.careerbrief.report.excel.FigurePicker.Pick;

/** Writes the Occupations sheet: one row per SOC code with its headline figures and a link to its brief. */
final class OccupationsSheetWriter {

	static final String NAME = "Occupations";

	private static final List<Statistic> WAGE_STATISTICS = List.of(Statistic.MEDIAN, Statistic.MEAN, Statistic.P10,
			Statistic.P25, Statistic.P75, Statistic.P90);
	private static final Set<Unit> ANNUAL = Set.of(Unit.USD_PER_YEAR);
	private static final Set<Unit> HOURLY = Set.of(Unit.USD_PER_HOUR);
	private static final Set<Unit> JOBS = Set.of(Unit.PERSONS, Unit.THOUSANDS_OF_PERSONS);

	private static final List<String> HEADERS = List.of("SOC code", "Title", "Median annual wage",
			"Mean annual wage", "10th percentile", "25th percentile", "75th percentile", "90th percentile",
			"Wage period", "Wage source", "Median hourly wage", "Wage note", "Employment", "Employment period",
			"Projected growth", "Projection period", "Openings per year", "Typical entry education", "Job zone",
			"Claims", "Conflicts", "Brief");

	static final String NO_ANNUAL = "BLS publishes hourly wages only for this occupation (as it does where workers "
			+ "often do not work full time all year, or where an annual estimate is not available): annual wages are "
			+ "left blank, not hourly × 2,080.";

	private final TableSheet sheet;
	private final String briefFolder;

	OccupationsSheetWriter(SXSSFWorkbook workbook, WorkbookStyles styles, WorkbookOptions options) {
		this.sheet = new TableSheet(workbook, styles, NAME, HEADERS, options.maxRowsPerSheet());
		this.briefFolder = options.briefFolder();
	}

	void write(OccupationReport report) {
		String soc = report.occupation().socCode();
		String title = report.occupation().title();
		RowWriter row = sheet.newRow().text(soc).text(title);
		Optional<Pick> median = FigurePicker.pick(report, Metric.WAGE, Statistic.MEDIAN, ANNUAL, PeriodKind.SURVEY);
		for (Statistic statistic : WAGE_STATISTICS) {
			Optional<Pick> wage = FigurePicker.pick(report, Metric.WAGE, statistic, ANNUAL, PeriodKind.SURVEY);
			wage.ifPresentOrElse(w -> row.value(w.value(), w.bound(), w.unit()), row::blank);
		}
		Optional<Pick> hourly = FigurePicker.pick(report, Metric.WAGE, Statistic.MEDIAN, HOURLY, PeriodKind.SURVEY);
		// Where BLS publishes hourly wages only, the hourly median dates and sources the row.
		Optional<Pick> dated = median.or(() -> hourly);
		row.text(dated.map(m -> m.period().label()).orElse(null)).text(dated.map(Pick::source).orElse(null));
		pickValue(row, hourly);
		row.text(wageNote(report));
		Optional<Pick> employment = FigurePicker.pick(report, Metric.EMPLOYMENT, Statistic.VALUE, JOBS, null)
			.map(Pick::inPersons);
		pickValue(row, employment);
		row.text(employment.map(e -> e.period().label()).orElse(null));
		Optional<Pick> growth = FigurePicker.pick(report, Metric.EMPLOYMENT_CHANGE_PERCENT, Statistic.VALUE,
				Set.of(Unit.PERCENT), PeriodKind.PROJECTION);
		pickValue(row, growth);
		row.text(growth.map(g -> g.period().label()).orElse(null));
		pickValue(row, FigurePicker.pick(report, Metric.OPENINGS, Statistic.VALUE, JOBS, PeriodKind.PROJECTION)
			.map(Pick::inPersons));
		row.text(entryEducation(report));
		jobZone(row, report);
		row.count(report.claims().size()).count(report.conflicts().size());
		String file = BriefFileName.of(soc, title);
		row.fileLink(file, briefFolder + "/" + file);
	}

	/** Closes the table; a Conflicts count above 0 is filled red. */
	void finish() {
		sheet.finish((part, lastRow) -> RedRowHighlight.positive(part, lastRow, HEADERS.indexOf("Conflicts")));
	}

	private static void pickValue(RowWriter row, Optional<Pick> pick) {
		pick.ifPresentOrElse(p -> row.value(p.value(), p.bound(), p.unit()), row::blank);
	}

	/** Why annual wage cells are blank where BLS publishes only hourly wages; null when none is. */
	static String wageNote(OccupationReport report) {
		if (FigurePicker.hourlyOnly(report, Statistic.MEDIAN)) {
			return NO_ANNUAL;
		}
		List<String> missing = WAGE_STATISTICS.stream().filter(s -> FigurePicker.hourlyOnly(report, s))
			.map(s -> s == Statistic.MEAN ? "mean" : s.name().replace("P", "") + "th percentile").toList();
		return missing.isEmpty() ? null : "BLS publishes no annual " + String.join(", ", missing)
				+ " for this occupation, only hourly; left blank rather than hourly × 2,080.";
	}

	private static String entryEducation(OccupationReport report) {
		return OccupationText.newest(report.texts(), OccupationText.Kind.ENTRY_EDUCATION).map(OccupationText::text)
			.orElse(report.occupation().entryEducation());
	}

	private static void jobZone(RowWriter row, OccupationReport report) {
		Optional<String> text = firstText(report, OccupationText.Kind.JOB_ZONE);
		if (text.isPresent() && text.get().trim().matches("\\d+")) {
			row.count(Long.parseLong(text.get().trim()));
		}
		else if (text.isPresent()) {
			row.text(text.get());
		}
		else if (report.occupation().jobZone() > 0) {
			row.count(report.occupation().jobZone());
		}
		else {
			row.blank();
		}
	}

	private static Optional<String> firstText(OccupationReport report, OccupationText.Kind kind) {
		return report.texts().stream()
			.filter(t -> t.kind() == kind && t.text() != null)
			.min(Comparator.comparingInt(OccupationText::rank))
			.map(OccupationText::text);
	}
}
