package com.careerbrief.ingest.table.oews;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.careerbrief.ingest.table.Delimiters;
import com.careerbrief.ingest.table.HeadLines;
import com.careerbrief.ingest.table.RowTableSource;
import com.careerbrief.ingest.table.TableFormat;
import com.careerbrief.ingest.table.TableSource;
import com.careerbrief.ingest.table.TextFiles;
import com.careerbrief.occupation.SocCrosswalk;

/**
 * Reads BLS OEWS national files (national_M20xx_dl, every layout from 2013 on) into national wage and
 * employment figures, one accepted row per occupation.
 */
public final class OewsNationalTableFormat implements TableFormat {

	private final SocCrosswalk crosswalk;

	public OewsNationalTableFormat(SocCrosswalk crosswalk) {
		this.crosswalk = crosswalk;
	}

	@Override
	public String name() {
		return "OEWS national";
	}

	/**
	 * The header names the OEWS code, group and wage columns (a missing one is reported when the file is
	 * opened, naming it), in any of the delimiters {@link Delimiters} knows; when the layout has
	 * AREA_TYPE, the first row must be the U.S. (AREA_TYPE 1), so a full-layout state or metro file is
	 * not taken for a national one.
	 */
	@Override
	public boolean accepts(String fileName, List<String> headLines) {
		char delimiter = Delimiters.sniff(headLines);
		String[] header = HeadLines.fields(headLines, 0, delimiter);
		if (!OewsNationalLayout.looksLike(header)) {
			return false;
		}
		int areaType = List.of(header).stream().map(h -> h.toUpperCase(Locale.ROOT)).toList().indexOf("AREA_TYPE");
		String[] first = HeadLines.fields(headLines, 1, delimiter);
		return areaType < 0 || areaType >= first.length || "1".equals(first[areaType]);
	}

	@Override
	public TableSource open(Path file) throws IOException {
		// Excel writes semicolons in locales with a decimal comma, and tabs for "Text": read them all.
		char delimiter = Delimiters.sniff(TextFiles.headLines(file, 1));
		OewsNationalRowHandler handler = new OewsNationalRowHandler(file.getFileName().toString(), crosswalk,
				delimiter);
		return RowTableSource.open(file, name(), delimiter, handler);
	}

}
