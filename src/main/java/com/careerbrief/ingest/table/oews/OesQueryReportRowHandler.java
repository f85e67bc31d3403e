package com.careerbrief.ingest.table.oews;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbrief.ingest.table.CellReader;
import com.careerbrief.ingest.table.DelimitedRow;
import com.careerbrief.ingest.table.FigureCollector;
import com.careerbrief.ingest.table.FigureTemplate;
import com.careerbrief.ingest.table.RowHandler;
import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.ingest.table.TableItems;
import com.careerbrief.model.AreaType;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Period;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.SourceRef;
import com.careerbrief.model.Unit;
import com.careerbrief.occupation.SocCrosswalk;

/**
 * Turns rows of a BLS OES query-tool export ("One occupation for multiple geographical areas") into
 * figures: occupation and period come from the preamble, the area from each row; footnotes are filtered.
 */
final class OesQueryReportRowHandler implements RowHandler {

	private static final Pattern OCCUPATION = Pattern.compile("Occupation:\\s*(.+?)\\s*\\(SOC code (\\d\\d-\\d{4})\\)");

	private static final Pattern PERIOD = Pattern.compile("Period:\\s*May (20\\d\\d)");

	private static final Pattern FILE_YEAR = Pattern.compile("May_?(20\\d\\d)");

	/** "Alabama (01-00000)": the area name, then the area code. */
	private static final Pattern AREA = Pattern.compile("(.+?)\\s*\\(([\\d-]+)\\)");

	private final String file;

	private final SocCrosswalk crosswalk;

	/** The file's cell rules; one per file, since it remembers the file's thousands-separator style. */
	private final CellReader cells = CellReader.oesQueryTool();

	private final Map<Integer, OesQueryColumns> columns = new LinkedHashMap<>();

	private String[] titles;

	private String code;

	private String title;

	private int year;

	private SurveyYear surveyYear;

	OesQueryReportRowHandler(String file, SocCrosswalk crosswalk) {
		this.file = file;
		this.crosswalk = crosswalk;
	}

	@Override
	public boolean isHeader(DelimitedRow row) {
		Matcher occupation = OCCUPATION.matcher(row.field(0));
		if (occupation.matches()) {
			title = occupation.group(1);
			code = occupation.group(2);
		}
		Matcher period = PERIOD.matcher(row.field(0));
		if (period.matches()) {
			year = Integer.parseInt(period.group(1));
		}
		return row.field(0).equals("Area Name");
	}

	@Override
	public String bindHeader(DelimitedRow header) {
		titles = header.fields();
		for (int i = 1; i < titles.length; i++) {
			OesQueryColumns meaning = OesQueryColumns.of(titles[i]);
			if (meaning != null) {
				columns.put(i, meaning);
			}
		}
		// Fallback when the "Period: May 20xx" preamble line was cut: the file name, if it says so.
		surveyYear = SurveyYear.of(year, "the 'Period:' line", SurveyYear.inFileName(file, FILE_YEAR));
		year = surveyYear.year();
		if (code == null) {
			return "no 'Occupation: ... (SOC code NN-NNNN)' line before the header";
		}
		if (year == 0) {
			return "no 'Period: May 20xx' line before the header, and no year in the file name";
		}
		return columns.isEmpty() ? "no wage or employment column in the header" : null;
	}

	@Override
	public String layoutName() {
		String note = surveyYear == null || surveyYear.note() == null ? "" : " (" + surveyYear.note() + ")";
		return "BLS OES query tool, " + (titles == null ? "?" : titles.length) + " columns" + note;
	}

	@Override
	public TableItem handle(DelimitedRow row, Lookahead ahead) {
		Matcher area = AREA.matcher(row.field(0));
		boolean restEmpty = Arrays.stream(row.fields()).skip(1).allMatch(String::isEmpty);
		if (!area.matches()) {
			return restEmpty ? TableItems.filtered(file, row, "footnote or note row, not data")
					: TableItems.rejected(file, row,
							"Area Name '" + row.field(0) + "' lacks its area code, as in 'Alabama (01-00000)'");
		}
		return figures(row, area.group(1), area.group(2));
	}

	private TableItem figures(DelimitedRow row, String areaName, String areaCode) {
		SourceRef source = new SourceRef("bls-oews-" + year, "U.S. Bureau of Labor Statistics",
				"Occupational Employment and Wage Statistics, May " + year + " (OES query tool export)",
				"https://www.bls.gov/oes/", "May " + year, SourceKind.OFFICIAL, file, row.line());
		FigureTemplate template = FigureTemplate.of(crosswalk, code, title, areaName, areaType(areaName, areaCode),
				Period.survey(year), source);
		FigureCollector collector = new FigureCollector(template, cells);
		OewsTopCode topCode = OewsTopCode.forYear(year);
		columns.forEach((i, meaning) -> {
			if (meaning.metric() == Metric.EMPLOYMENT) {
				collector.employment(titles[i], row.field(i));
			}
			else {
				collector.wage(titles[i], row.field(i), meaning.statistic(), meaning.unit(),
						meaning.unit() == Unit.USD_PER_HOUR ? topCode.hourly() : topCode.annual());
			}
		});
		return collector.item(file, row);
	}

	/** State codes look like "01-00000"; the nation is "U.S."; anything else (metro areas) is a region. */
	private static AreaType areaType(String name, String code) {
		if (name.equals("U.S.") || name.equals("United States") || name.equals("National")) {
			return AreaType.NATIONAL;
		}
		return code.matches("\\d\\d-00000") ? AreaType.STATE : AreaType.REGION;
	}

}
