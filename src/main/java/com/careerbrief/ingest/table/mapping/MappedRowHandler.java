package com.careerbrief.ingest.table.mapping;

import java.util.stream.Stream;

import com.careerbrief.ingest.table.DelimitedRow;
import com.careerbrief.ingest.table.FigureCollector;
import com.careerbrief.ingest.table.FigureTemplate;
import com.careerbrief.ingest.table.ReferencePeriods;
import com.careerbrief.ingest.table.RowHandler;
import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.ingest.table.TableItems;
import com.careerbrief.ingest.table.oews.MajorGroups;
import com.careerbrief.model.Period;
import com.careerbrief.model.SourceRef;
import com.careerbrief.occupation.SocCrosswalk;

/**
 * Turns the rows of a file in a mapped layout into figures: checks the field count, the SOC code, the
 * period and the area, filters SOC major-group totals, and reads each statistic column.
 */
final class MappedRowHandler implements RowHandler {

	private final String file;

	private final ColumnMapping mapping;

	private final SocCrosswalk crosswalk;

	private MappedHeader header;

	MappedRowHandler(String file, ColumnMapping mapping, SocCrosswalk crosswalk) {
		this.file = file;
		this.mapping = mapping;
		this.crosswalk = crosswalk;
	}

	@Override
	public boolean isHeader(DelimitedRow row) {
		MappedHeader candidate = new MappedHeader(row.fields());
		return mapping.requiredColumns().stream().allMatch(c -> candidate.position(c) >= 0);
	}

	@Override
	public String bindHeader(DelimitedRow row) {
		header = new MappedHeader(row.fields());
		ColumnMapping.SourceTemplate s = mapping.source();
		return Stream.of(Stream.of(s.id(), s.publisher(), s.title(), s.url(), s.published()),
				mapping.areas().values().stream().map(AreaRule::nameTemplate),
				mapping.figures().stream().map(FigureColumn::period))
			.flatMap(texts -> texts)
			.map(header::unknownQuote)
			.filter(q -> q != null)
			.findFirst()
			.map(q -> "the layout mapping quotes " + q + ", which is not a column of the header")
			.orElse(null);
	}

	@Override
	public String layoutName() {
		return mapping.name();
	}

	@Override
	public TableItem handle(DelimitedRow row, Lookahead ahead) {
		if (row.fields().length != header.width()) {
			return TableItems.rejected(file, row, "expected " + header.width() + " fields separated by '"
					+ mapping.delimiter() + "' but found " + row.fields().length);
		}
		String code = cell(row, mapping.code());
		if (!code.matches("\\d\\d-\\d{4}")) {
			return TableItems.rejected(file, row,
					mapping.code().display() + " '" + code + "' is not a SOC code like 29-2072");
		}
		Period period = rowPeriod(row);
		if (period == null) {
			return TableItems.rejected(file, row, mapping.periodColumn().display() + " '"
					+ cell(row, mapping.periodColumn()) + "' is not a reference period like '2024', 'May 2024' or '2024-34'");
		}
		String major = MajorGroups.filterReason(code);
		if (major != null) {
			return TableItems.filtered(file, row, major);
		}
		String areaValue = mapping.areaColumn() == null ? "*" : cell(row, mapping.areaColumn());
		AreaRule area = mapping.areas().getOrDefault(areaValue, mapping.areas().get("*"));
		if (area == null) {
			return TableItems.rejected(file, row, mapping.areaColumn().display() + " '" + areaValue
					+ "' is not one of " + mapping.areas().keySet().stream().sorted().toList());
		}
		return figures(row, code, area, period);
	}

	/** The mapping's fixed period, or the row's from its period column; null when that cell is no period. */
	private Period rowPeriod(DelimitedRow row) {
		if (mapping.periodColumn() == null) {
			return ReferencePeriods.parse(mapping.period());
		}
		Period period = ReferencePeriods.parse(cell(row, mapping.periodColumn()));
		return period == null || period.equals(Period.none()) ? null : period;
	}

	private TableItem figures(DelimitedRow row, String code, AreaRule area, Period period) {
		ColumnMapping.SourceTemplate s = mapping.source();
		SourceRef source = new SourceRef(fill(s.id(), row), fill(s.publisher(), row), fill(s.title(), row),
				fill(s.url(), row), fill(s.published(), row), s.kind(), file, row.line());
		FigureTemplate template = FigureTemplate.of(crosswalk, code, cell(row, mapping.title()),
				fill(area.nameTemplate(), row), area.type(), period, source);
		FigureCollector collector = new FigureCollector(template);
		for (FigureColumn column : mapping.figures()) {
			Period own = column.period() == null ? period : ReferencePeriods.parse(fill(column.period(), row));
			if (own == null) {
				return TableItems.rejected(file, row, "the period of " + column.column().display() + ", '"
						+ fill(column.period(), row) + "', is not like '2024', 'May 2024' or '2024-34'");
			}
			// A mapping has no top-code, so a wage '#' is rejected rather than guessed.
			collector.value(column.column().display(), cell(row, column.column()), column.metric(),
					column.statistic(), column.unit(), own);
		}
		return collector.item(file, row);
	}

	private String cell(DelimitedRow row, ColumnRef column) {
		return row.field(header.position(column));
	}

	private String fill(String text, DelimitedRow row) {
		return header.fill(text, row);
	}

}
