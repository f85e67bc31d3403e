package com.careerbrief.ingest.table.oews;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Column positions of an OEWS national file, from its header: the 20-column layout (to 2018,
 * OCC_GROUP), the lower-case 30-column 2019 layout, and the 31/32-column layouts (2020 on, O_GROUP).
 */
final class OewsNationalLayout {

	/** The wage columns and the statistic each pair stands for, hourly then annual. */
	static final List<String> WAGE_SUFFIXES = List.of("MEAN", "PCT10", "PCT25", "MEDIAN", "PCT75", "PCT90");

	private static final List<String> REQUIRED = List.of("OCC_CODE", "OCC_TITLE", "TOT_EMP", "H_MEAN", "A_MEAN",
			"H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75",
			"A_PCT90");

	private final Map<String, Integer> columns = new HashMap<>();

	private final int width;

	private final boolean lowerCase;

	OewsNationalLayout(String[] header) {
		for (int i = 0; i < header.length; i++) {
			columns.putIfAbsent(header[i].toUpperCase(Locale.ROOT), i);
		}
		this.width = header.length;
		this.lowerCase = header.length > 0 && header[0].equals(header[0].toLowerCase(Locale.ROOT));
	}

	/**
	 * The wage column ("H_" or "A_" then a {@link #WAGE_SUFFIXES} entry) as an index and as the header
	 * spells it, looked up once per file rather than once per cell.
	 */
	WageColumn wageColumn(String upperName) {
		return new WageColumn(column(upperName), lowerCase ? upperName.toLowerCase(Locale.ROOT) : upperName);
	}

	/** One wage column: its position and its name as the file spells it (for reject reasons). */
	record WageColumn(int index, String name) {
	}

	/**
	 * True when a header line is an OEWS national one: it names the code and group columns and at least
	 * one wage column. Whether it names every required column is {@link #missing}'s question, so that a
	 * file lacking one is reported by name rather than as an unknown layout.
	 */
	static boolean looksLike(String[] header) {
		OewsNationalLayout layout = new OewsNationalLayout(header);
		return layout.column("OCC_CODE") >= 0 && layout.groupColumn() >= 0
				&& REQUIRED.stream().anyMatch(c -> c.matches("[HA]_.*") && layout.column(c) >= 0);
	}

	/** "missing column A_MEDIAN" (or columns, listed), or null when the header has every required one. */
	String missing() {
		List<String> absent = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
		if (absent.isEmpty()) {
			return null;
		}
		return (absent.size() == 1 ? "missing column " : "missing columns ") + String.join(", ", absent);
	}

	int column(String name) {
		return columns.getOrDefault(name, -1);
	}

	/** O_GROUP (2019 on) or OCC_GROUP (to 2018). */
	int groupColumn() {
		return columns.containsKey("O_GROUP") ? columns.get("O_GROUP") : column("OCC_GROUP");
	}

	String groupName() {
		return columns.containsKey("O_GROUP") ? "O_GROUP" : "OCC_GROUP";
	}

	boolean lowerCase() {
		return lowerCase;
	}

	int width() {
		return width;
	}

	/**
	 * The survey year. No national layout carries a year column, so content decides only where a layout
	 * was used in one year alone: the lower-case 30-column layout is May 2019 and the 31-column layout
	 * (PRIM_STATE, no PCT_RPT) is May 2020. Otherwise the year comes from the BLS file name
	 * ("national_M2024_dl.csv"), and the accounting says so.
	 */
	SurveyYear surveyYear(String fileName) {
		int named = SurveyYear.inFileName(fileName);
		if (width == 30 && lowerCase && column("AREA") >= 0) {
			return SurveyYear.of(2019, "its 30-column lower-case layout (used in May 2019 only)", named);
		}
		if (width == 31 && column("PRIM_STATE") >= 0 && column("PCT_RPT") < 0) {
			return SurveyYear.of(2020, "its 31-column layout (used in May 2020 only)", named);
		}
		return SurveyYear.of(0, null, named);
	}

	/** A person-readable layout name. */
	String describe() {
		return "OEWS national, " + width + " columns" + (lowerCase ? ", lower-case" : "") + " (" + groupName() + ")";
	}

}
