package com.careerbrief.ingest.table.oews;

import java.util.List;

import com.careerbrief.ingest.table.DelimitedRow;
import com.careerbrief.ingest.table.FigureCollector;
import com.careerbrief.ingest.table.FigureTemplate;
import com.careerbrief.ingest.table.RowHandler;
import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.ingest.table.TableItems;
import com.careerbrief.model.AreaType;
import com.careerbrief.model.Period;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.SourceRef;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.occupation.SocCrosswalk;

/**
 * Turns rows of the New York State Department of Labor OEWS release into annual wage and employment
 * figures for the state (Area Type 1) and its labor-market regions (Area Type 10).
 */
final class NysdolRowHandler implements RowHandler {

	static final List<String> REQUIRED = List.of("Area Type", "Area Name", "Standard Occupational Code",
			"Occupational Title", "Employment", "Mean Wage", "Median Wage", "Entry Wage", "Experienced Wage");

	private final String file;

	private final SocCrosswalk crosswalk;

	private NamedColumns columns;

	NysdolRowHandler(String file, SocCrosswalk crosswalk) {
		this.file = file;
		this.crosswalk = crosswalk;
	}

	@Override
	public boolean isHeader(DelimitedRow row) {
		return NamedColumns.hasAll(row.fields(), REQUIRED);
	}

	@Override
	public String bindHeader(DelimitedRow header) {
		columns = new NamedColumns(header.fields());
		return null;
	}

	@Override
	public String layoutName() {
		return "New York State DOL OEWS";
	}

	@Override
	public TableItem handle(DelimitedRow row, Lookahead ahead) {
		if (row.fields().length != columns.width()) {
			return TableItems.rejected(file, row, "expected " + columns.width() + " comma-separated fields but found "
					+ row.fields().length);
		}
		String code = columns.get(row, "Standard Occupational Code");
		if (!OewsNationalRowHandler.SOC_CODE.matcher(code).matches()) {
			return TableItems.rejected(file, row,
					"Standard Occupational Code '" + code + "' is not a SOC code like 29-2072");
		}
		String major = MajorGroups.filterReason(code);
		if (major != null) {
			return TableItems.filtered(file, row, major);
		}
		String areaType = columns.get(row, "Area Type");
		return switch (areaType) {
			case "1" -> figures(row, code, "New York", AreaType.STATE);
			case "10" -> figures(row, code, columns.get(row, "Area Name"), AreaType.REGION);
			default -> TableItems.rejected(file, row,
					"Area Type '" + areaType + "' is not 1 (the state) or 10 (a labor-market region)");
		};
	}

	private TableItem figures(DelimitedRow row, String code, String area, AreaType areaType) {
		// The file does not state its reference year; the period stays "none stated" and says so.
		SourceRef source = new SourceRef("nysdol-oews", "New York State Department of Labor",
				"Occupational Employment and Wage Statistics, New York State", null, "reference year not stated",
				SourceKind.AGENCY, file, row.line());
		FigureTemplate template = FigureTemplate.of(crosswalk, code, columns.get(row, "Occupational Title"), area,
				areaType, Period.none(), source);
		FigureCollector collector = new FigureCollector(template);
		collector.employment("Employment", columns.get(row, "Employment"));
		wage(collector, row, "Mean Wage", Statistic.MEAN);
		wage(collector, row, "Median Wage", Statistic.MEDIAN);
		wage(collector, row, "Entry Wage", Statistic.ENTRY_LEVEL);
		wage(collector, row, "Experienced Wage", Statistic.EXPERIENCED);
		return collector.item(file, row);
	}

	private void wage(FigureCollector collector, DelimitedRow row, String column, Statistic statistic) {
		// No top-code is documented for this file, so a '#' is rejected rather than guessed.
		collector.wage(column, columns.get(row, column), statistic, Unit.USD_PER_YEAR, null);
	}

}
