package com.careerbrief.ingest.table.oews;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.careerbrief.ingest.table.CellReader;
import com.careerbrief.ingest.table.DelimitedRow;
import com.careerbrief.ingest.table.Delimiters;
import com.careerbrief.ingest.table.FigureCollector;
import com.careerbrief.ingest.table.FigureTemplate;
import com.careerbrief.ingest.table.RowHandler;
import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.ingest.table.TableItems;
import com.careerbrief.model.AreaType;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Period;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.SourceRef;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.occupation.SocCrosswalk;

/**
 * Turns OEWS national rows into figures, keeping one row per occupation: the total and the detailed
 * rows; major, minor and broad group rows are filtered because they repeat or sum detailed rows.
 */
final class OewsNationalRowHandler implements RowHandler {

	static final Pattern SOC_CODE = Pattern.compile("\\d\\d-\\d{4}");

	private static final List<Statistic> STATISTICS = List.of(Statistic.MEAN, Statistic.P10, Statistic.P25,
			Statistic.MEDIAN, Statistic.P75, Statistic.P90);

	private final String file;

	private final SocCrosswalk crosswalk;

	/** The file's cell rules; one per file, since it remembers the file's thousands-separator style. */
	private final CellReader cells = CellReader.oews();

	private final DetailedCodes kept = new DetailedCodes();

	private OewsNationalLayout layout;

	private int year;

	private SurveyYear surveyYear;

	private OewsTopCode topCode;

	/** The survey period, made once per file: every row of a national file shares it. */
	private Period period;

	// Column positions, bound once from the header: looking names up per cell cost a tenth of the ingest.
	private int codeColumn;

	private int titleColumn;

	private int groupColumn;

	private int employmentColumn;

	private int annualFlagColumn;

	private int hourlyFlagColumn;

	private final List<OewsNationalLayout.WageColumn> hourlyWages = new ArrayList<>();

	private final List<OewsNationalLayout.WageColumn> annualWages = new ArrayList<>();

	private final char delimiter;

	OewsNationalRowHandler(String file, SocCrosswalk crosswalk, char delimiter) {
		this.file = file;
		this.crosswalk = crosswalk;
		this.delimiter = delimiter;
	}

	@Override
	public boolean isHeader(DelimitedRow row) {
		return OewsNationalLayout.looksLike(row.fields());
	}

	@Override
	public String bindHeader(DelimitedRow header) {
		layout = new OewsNationalLayout(header.fields());
		if (layout.missing() != null) {
			return layout.missing();
		}
		surveyYear = layout.surveyYear(file);
		year = surveyYear.year();
		if (year == 0) {
			return "survey year unknown: the " + layout.describe()
					+ " layout has no year column and the file name has no 'M20xx'";
		}
		topCode = OewsTopCode.forYear(year);
		period = Period.survey(year);
		bindColumns();
		return null;
	}

	private void bindColumns() {
		codeColumn = layout.column("OCC_CODE");
		titleColumn = layout.column("OCC_TITLE");
		groupColumn = layout.groupColumn();
		employmentColumn = layout.column("TOT_EMP");
		annualFlagColumn = layout.column("ANNUAL");
		hourlyFlagColumn = layout.column("HOURLY");
		for (String suffix : OewsNationalLayout.WAGE_SUFFIXES) {
			hourlyWages.add(layout.wageColumn("H_" + suffix));
			annualWages.add(layout.wageColumn("A_" + suffix));
		}
	}

	@Override
	public String layoutName() {
		return layout == null ? null : layout.describe() + (year == 0 ? "" : surveyYear.label());
	}

	@Override
	public TableItem handle(DelimitedRow row, Lookahead ahead) {
		if (row.fields().length != layout.width()) {
			return TableItems.rejected(file, row, "expected " + layout.width() + " " + Delimiters.separated(delimiter)
					+ " fields but found " + row.fields().length);
		}
		String code = row.field(codeColumn);
		if (DetailedCodes.index(code) < 0) {
			return TableItems.rejected(file, row, "OCC_CODE '" + code + "' is not a SOC code like 29-2072");
		}
		String group = row.field(groupColumn).toLowerCase(Locale.ROOT);
		return switch (group) {
			case "total", "detailed" -> keepOnce(row, code);
			case "major", "minor" -> TableItems.filtered(file, row, group + " group " + code
					+ " totals its detailed occupations; kept the detailed rows");
			case "broad" -> broad(row, code, ahead);
			default -> TableItems.rejected(file, row, layout.groupName() + " '" + row.field(groupColumn)
					+ "' is not one of total, major, minor, broad, detailed");
		};
	}

	private TableItem keepOnce(DelimitedRow row, String code) {
		long first = kept.firstLine(code);
		if (first > 0) {
			return TableItems.filtered(file, row, "duplicate detailed row for " + code + " (first on line " + first
					+ "); kept the first");
		}
		TableItem item = figures(row, code);
		// Only an accepted row claims the code: a rejected first copy must not hide a good second one.
		if (item.accepted()) {
			kept.keep(code, row.line());
		}
		return item;
	}

	private TableItem broad(DelimitedRow row, String code, Lookahead ahead) {
		List<String> children = detailedChildren(code.substring(0, 6), ahead);
		if (children.isEmpty()) {
			// A broad group without detailed rows is the only row for that occupation: keep it.
			return figures(row, code);
		}
		String reason = children.size() == 1
				? "broad group " + code + " repeats detailed " + children.get(0) + "; kept the detailed row"
				: "broad group " + code + " sums detailed " + String.join(", ", children) + "; kept the detailed rows";
		return TableItems.filtered(file, row, reason);
	}

	/** Detailed codes sharing the broad group's prefix ("29-207"), just before or just after it. */
	private List<String> detailedChildren(String prefix, Lookahead ahead) {
		List<String> children = new ArrayList<>();
		kept.addRecent(prefix, children);
		for (int i = 1; i <= DetailedCodes.NEIGHBOURHOOD; i++) {
			DelimitedRow next = ahead.peek(i);
			if (next == null) {
				break;
			}
			String code = next.field(codeColumn);
			if (code.startsWith(prefix) && "detailed".equalsIgnoreCase(next.field(groupColumn))
					&& !children.contains(code)) {
				children.add(code);
			}
		}
		return children;
	}

	private TableItem figures(DelimitedRow row, String code) {
		SourceRef source = new SourceRef("bls-oews-" + year, "U.S. Bureau of Labor Statistics",
				"Occupational Employment and Wage Statistics, " + period.label(), "https://www.bls.gov/oes/",
				period.label(), SourceKind.OFFICIAL, file, row.line());
		FigureTemplate template = FigureTemplate.of(crosswalk, code, row.field(titleColumn), Figure.UNITED_STATES,
				AreaType.NATIONAL, period, source);
		FigureCollector collector = new FigureCollector(template, cells);
		collector.employment("TOT_EMP", row.field(employmentColumn));
		// ANNUAL=TRUE: only annual wages are released; HOURLY=TRUE: only hourly. The other columns
		// hold '*' then, but the flag is what BLS defines, so it decides.
		boolean annualOnly = "TRUE".equalsIgnoreCase(row.field(annualFlagColumn));
		boolean hourlyOnly = "TRUE".equalsIgnoreCase(row.field(hourlyFlagColumn));
		for (int i = 0; i < STATISTICS.size(); i++) {
			if (!annualOnly) {
				wage(collector, row, hourlyWages.get(i), STATISTICS.get(i), Unit.USD_PER_HOUR);
			}
			if (!hourlyOnly) {
				wage(collector, row, annualWages.get(i), STATISTICS.get(i), Unit.USD_PER_YEAR);
			}
		}
		return collector.item(file, row);
	}

	private void wage(FigureCollector collector, DelimitedRow row, OewsNationalLayout.WageColumn column,
			Statistic statistic, Unit unit) {
		collector.wage(column.name(), row.field(column.index()), statistic, unit,
				unit == Unit.USD_PER_HOUR ? topCode.hourly() : topCode.annual());
	}

}
