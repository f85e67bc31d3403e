package com.careerbrief.ingest.table.oews;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.careerbrief.ingest.table.DelimitedRow;
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

	/** Broad rows sit within 9 rows of their detailed rows in every national file; 32 is ample. */
	private static final int NEIGHBOURHOOD = 32;

	private static final List<Statistic> STATISTICS = List.of(Statistic.MEAN, Statistic.P10, Statistic.P25,
			Statistic.MEDIAN, Statistic.P75, Statistic.P90);

	private final String file;

	private final SocCrosswalk crosswalk;

	private final Map<String, Long> detailedSeen = new HashMap<>();

	private final Deque<String> recentDetailed = new ArrayDeque<>();

	private OewsNationalLayout layout;

	private int year;

	private OewsTopCode topCode;

	OewsNationalRowHandler(String file, SocCrosswalk crosswalk) {
		this.file = file;
		this.crosswalk = crosswalk;
	}

	@Override
	public boolean isHeader(DelimitedRow row) {
		return OewsNationalLayout.looksLike(row.fields());
	}

	@Override
	public String bindHeader(DelimitedRow header) {
		layout = new OewsNationalLayout(header.fields());
		year = layout.surveyYear(file);
		if (year == 0) {
			return "survey year unknown: the " + layout.describe()
					+ " layout has no year column and the file name has no 'M20xx'";
		}
		topCode = OewsTopCode.forYear(year);
		return null;
	}

	@Override
	public String layoutName() {
		return layout == null ? null : layout.describe() + ", May " + year;
	}

	@Override
	public TableItem handle(DelimitedRow row, Lookahead ahead) {
		if (row.fields().length != layout.width()) {
			return TableItems.rejected(file, row, "expected " + layout.width() + " comma-separated fields but found "
					+ row.fields().length);
		}
		String code = row.field(layout.column("OCC_CODE"));
		if (!SOC_CODE.matcher(code).matches()) {
			return TableItems.rejected(file, row, "OCC_CODE '" + code + "' is not a SOC code like 29-2072");
		}
		String group = row.field(layout.groupColumn()).toLowerCase(Locale.ROOT);
		return switch (group) {
			case "total", "detailed" -> keepOnce(row, code);
			case "major", "minor" -> TableItems.filtered(file, row, group + " group " + code
					+ " totals its detailed occupations; kept the detailed rows");
			case "broad" -> broad(row, code, ahead);
			default -> TableItems.rejected(file, row, layout.groupName() + " '" + row.field(layout.groupColumn())
					+ "' is not one of total, major, minor, broad, detailed");
		};
	}

	private TableItem keepOnce(DelimitedRow row, String code) {
		Long first = detailedSeen.get(code);
		if (first != null) {
			return TableItems.filtered(file, row, "duplicate detailed row for " + code + " (first on line " + first
					+ "); kept the first");
		}
		TableItem item = figures(row, code);
		// Only an accepted row claims the code: a rejected first copy must not hide a good second one.
		if (item.accepted()) {
			detailedSeen.put(code, row.line());
			recentDetailed.addLast(code);
			if (recentDetailed.size() > NEIGHBOURHOOD) {
				recentDetailed.removeFirst();
			}
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
		recentDetailed.stream().filter(c -> c.startsWith(prefix)).forEach(children::add);
		for (int i = 1; i <= NEIGHBOURHOOD; i++) {
			DelimitedRow next = ahead.peek(i);
			if (next == null) {
				break;
			}
			String code = next.field(layout.column("OCC_CODE"));
			if (code.startsWith(prefix) && "detailed".equalsIgnoreCase(next.field(layout.groupColumn()))
					&& !children.contains(code)) {
				children.add(code);
			}
		}
		return children;
	}

	private TableItem figures(DelimitedRow row, String code) {
		SourceRef source = new SourceRef("bls-oews-" + year, "U.S. Bureau of Labor Statistics",
				"Occupational Employment and Wage Statistics, May " + year, "https://www.bls.gov/oes/", "May " + year,
				SourceKind.OFFICIAL, file, row.line());
		FigureTemplate template = FigureTemplate.of(crosswalk, code, row.field(layout.column("OCC_TITLE")),
				Figure.UNITED_STATES, AreaType.NATIONAL, Period.survey(year), source);
		FigureCollector collector = new FigureCollector(template);
		collector.employment("TOT_EMP", row.field(layout.column("TOT_EMP")));
		// ANNUAL=TRUE: only annual wages are released; HOURLY=TRUE: only hourly. The other columns
		// hold '*' then, but the flag is what BLS defines, so it decides.
		boolean annualOnly = "TRUE".equalsIgnoreCase(row.field(layout.column("ANNUAL")));
		boolean hourlyOnly = "TRUE".equalsIgnoreCase(row.field(layout.column("HOURLY")));
		for (int i = 0; i < STATISTICS.size(); i++) {
			String suffix = OewsNationalLayout.WAGE_SUFFIXES.get(i);
			if (!annualOnly) {
				wage(collector, row, "H_" + suffix, STATISTICS.get(i), Unit.USD_PER_HOUR);
			}
			if (!hourlyOnly) {
				wage(collector, row, "A_" + suffix, STATISTICS.get(i), Unit.USD_PER_YEAR);
			}
		}
		return collector.item(file, row);
	}

	private void wage(FigureCollector collector, DelimitedRow row, String column, Statistic statistic, Unit unit) {
		String name = layout.lowerCase() ? column.toLowerCase(Locale.ROOT) : column;
		collector.wage(name, row.field(layout.column(column)), statistic, unit,
				unit == Unit.USD_PER_HOUR ? topCode.hourly() : topCode.annual());
	}

}
