package com.careerbrief.ingest.table;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.careerbrief.model.Period;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.SourceRef;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.occupation.SocCrosswalk;

/** Turns rows of the generic figures CSV ({@link GenericFiguresTableFormat}) into one figure each. */
final class GenericFiguresRowHandler implements RowHandler {

	static final List<String> COLUMNS = List.of("source", "url", "publisher", "published_date", "occupation", "area",
			"statistic", "value", "unit", "reference_period");

	private static final Pattern SOC = Pattern.compile("(\\d\\d-\\d{4})(\\.\\d\\d)?");

	private static final List<Unit> UNITS = List.of(Unit.USD_PER_YEAR, Unit.USD_PER_HOUR, Unit.PERSONS);

	private final String file;

	private final SocCrosswalk crosswalk;

	private final TitleResolver titles;

	GenericFiguresRowHandler(String file, SocCrosswalk crosswalk, TitleResolver titles) {
		this.file = file;
		this.crosswalk = crosswalk;
		this.titles = titles;
	}

	@Override
	public boolean isHeader(DelimitedRow row) {
		return Arrays.stream(row.fields()).map(f -> f.toLowerCase(Locale.ROOT)).toList().equals(COLUMNS);
	}

	@Override
	public String bindHeader(DelimitedRow header) {
		return null;
	}

	@Override
	public TableItem handle(DelimitedRow row, Lookahead ahead) {
		if (row.fields().length != COLUMNS.size()) {
			return TableItems.rejected(file, row, "expected 10 comma-separated fields (" + String.join(",", COLUMNS)
					+ ") but found " + row.fields().length);
		}
		String problem = firstProblem(row);
		if (problem != null) {
			return TableItems.rejected(file, row, problem);
		}
		Unit unit = Unit.valueOf(row.field(8).toUpperCase(Locale.ROOT));
		FigureTemplate template = template(row);
		if (template == null) {
			return TableItems.rejected(file, row, unresolved(row.field(4)));
		}
		FigureCollector collector = new FigureCollector(template);
		if (unit == Unit.PERSONS) {
			collector.employment("value", row.field(7));
		}
		else {
			collector.wage("value", row.field(7), statistic(row.field(6)), unit, null);
		}
		return collector.item(file, row);
	}

	private String firstProblem(DelimitedRow row) {
		if (row.field(0).isEmpty() || row.field(4).isEmpty() || row.field(5).isEmpty()) {
			return "source, occupation and area must not be empty";
		}
		if (statistic(row.field(6)) == null) {
			return "statistic '" + row.field(6) + "' is not one of " + Arrays.toString(Statistic.values());
		}
		if (UNITS.stream().noneMatch(u -> u.name().equalsIgnoreCase(row.field(8)))) {
			return "unit '" + row.field(8) + "' is not one of " + UNITS;
		}
		if (ReferencePeriods.parse(row.field(9)) == null) {
			return "reference_period '" + row.field(9) + "' is not like 'May 2024', '2024' or '2024-34'";
		}
		return null;
	}

	/**
	 * The row's template, with the occupation as a SOC code (mapped through the crosswalk) or a title
	 * resolved to exactly one SOC code; null when the title resolves to none or several.
	 */
	private FigureTemplate template(DelimitedRow row) {
		String occupation = row.field(4);
		SourceRef source = new SourceRef(sourceId(row.field(0), row.field(3)), emptyToNull(row.field(2)),
				row.field(0), emptyToNull(row.field(1)), emptyToNull(row.field(3)), SourceKind.OTHER, file, row.line());
		Period period = ReferencePeriods.parse(row.field(9));
		var soc = SOC.matcher(occupation);
		if (soc.matches()) {
			return FigureTemplate.of(crosswalk, soc.group(1), null, row.field(5), AreaNames.typeOf(row.field(5)),
					period, source);
		}
		List<String> codes = titles.codesFor(occupation);
		if (codes.size() != 1) {
			return null;
		}
		SocCrosswalk.Mapping mapping = crosswalk.map(codes.get(0));
		String note = "occupation given as the title '" + occupation + "', resolved to " + codes.get(0)
				+ " through O*NET titles";
		return new FigureTemplate(mapping.socCode(), codes.get(0), mapping.note() == null ? note
				: note + "; " + mapping.note(), occupation, row.field(5), AreaNames.typeOf(row.field(5)), period, source);
	}

	/** Why a title names no single SOC code. */
	private String unresolved(String title) {
		List<String> codes = titles.codesFor(title);
		if (codes.isEmpty()) {
			return "occupation '" + title + "' is neither a SOC code like 29-2072 nor an O*NET occupation or "
					+ "alternate title; write the SOC code";
		}
		return "occupation '" + title + "' is an O*NET title of " + codes.size() + " occupations ("
				+ String.join(", ", codes) + "); write the SOC code";
	}

	private static Statistic statistic(String text) {
		String key = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		return Arrays.stream(Statistic.values()).filter(s -> s.name().equals(key)).findFirst().orElse(null);
	}

	/** "other-" plus the source name and date in lower-case words: stable for the same source and date. */
	private static String sourceId(String source, String published) {
		String slug = (source + " " + published).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		return "other-" + slug.replaceAll("^-|-$", "");
	}

	private static String emptyToNull(String text) {
		return text.isEmpty() ? null : text;
	}

}
