package com.careerbrief.ingest.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.careerbrief.occupation.SocCrosswalk;

/**
 * Reads the generic figures CSV, careerbrief's own layout for any source that has no reader of its own
 * (a job board, a survey by an association); its figures carry SourceKind OTHER.
 * <p>
 * The file is UTF-8 (Windows-1252 is also read), comma-separated, with this exact header and one figure
 * per row:
 * <pre>
 * source,url,publisher,published_date,occupation,area,statistic,value,unit,reference_period
 * Example Salary Survey 2024,https://example.org/survey,Example Association,2024-06,Medical Records Specialists,United States,MEDIAN,"$49,800",USD_PER_YEAR,2024
 * </pre>
 * <ul>
 * <li>{@code occupation}: a SOC code ("29-2072" or the O*NET "29-2072.00"), mapped through the
 * crosswalk, or a title: an O*NET 29.2 occupation or alternate title ("Medical Records Technician") that
 * names exactly one SOC code, which the figure then carries with a note; a title that names none or several
 * is rejected with the candidates, so no figure is staged without a code.</li>
 * <li>{@code area}: "United States" (national), a state name (state) or any other name (region).</li>
 * <li>{@code statistic}: a {@link com.careerbrief.model.Statistic} name, e.g. MEAN, MEDIAN, P10, P90,
 * ENTRY_LEVEL, EXPERIENCED, VALUE (case-insensitive).</li>
 * <li>{@code value}: a number, "$" and thousands separators allowed; "*", "-" or blank mean not published.</li>
 * <li>{@code unit}: USD_PER_YEAR or USD_PER_HOUR (a wage) or PERSONS (employment).</li>
 * <li>{@code reference_period}: "May 2024" (survey), "2024" (year), "2024-34" (range) or blank (none stated).</li>
 * </ul>
 */
public final class GenericFiguresTableFormat implements TableFormat {

	private final SocCrosswalk crosswalk;

	private final TitleResolver titles;

	/** A format without a title index: rows naming the occupation by title are rejected, saying so. */
	public GenericFiguresTableFormat(SocCrosswalk crosswalk) {
		this(crosswalk, TitleResolver.none());
	}

	/** A format that resolves occupation titles to SOC codes (in a run: {@code TitleResolver.of(OnetTitleIndex)}). */
	public GenericFiguresTableFormat(SocCrosswalk crosswalk, TitleResolver titles) {
		this.crosswalk = crosswalk;
		this.titles = titles;
	}

	@Override
	public String name() {
		return "generic figures CSV";
	}

	@Override
	public boolean accepts(String fileName, List<String> headLines) {
		return Arrays.stream(HeadLines.fields(headLines, 0, ',')).map(f -> f.toLowerCase(Locale.ROOT)).toList()
			.equals(GenericFiguresRowHandler.COLUMNS);
	}

	@Override
	public TableSource open(Path file) throws IOException {
		return RowTableSource.open(file, name(), ',',
				new GenericFiguresRowHandler(file.getFileName().toString(), crosswalk, titles));
	}

}
