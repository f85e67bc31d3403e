package com.careerbrief.ingest.table.oews;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.careerbrief.ingest.table.Delimiters;
import com.careerbrief.ingest.table.HeadLines;
import com.careerbrief.ingest.table.RowTableSource;
import com.careerbrief.ingest.table.TableFormat;
import com.careerbrief.ingest.table.TableSource;
import com.careerbrief.ingest.table.TextFiles;
import com.careerbrief.occupation.SocCrosswalk;

/**
 * Reads BLS OEWS state files (state_M20xx_dl, including the semicolon-separated 5-column cut of May
 * 2023) into state wage figures. Neither layout has a year column, so the survey year comes from the
 * BLS file name ("state_M2023_dl..."), and the accounting says so; without one, the file is an error.
 */
public final class OewsStateTableFormat implements TableFormat {

	private final SocCrosswalk crosswalk;

	public OewsStateTableFormat(SocCrosswalk crosswalk) {
		this.crosswalk = crosswalk;
	}

	@Override
	public String name() {
		return "OEWS state";
	}

	@Override
	public boolean accepts(String fileName, List<String> headLines) {
		return OewsStateRowHandler.looksLike(HeadLines.fields(headLines, 0, Delimiters.sniff(headLines)));
	}

	@Override
	public TableSource open(Path file) throws IOException {
		String name = file.getFileName().toString();
		char delimiter = Delimiters.sniff(TextFiles.headLines(file, 1));
		var handler = new OewsStateRowHandler(name, crosswalk, SurveyYear.of(0, null, SurveyYear.inFileName(name)),
				delimiter);
		return RowTableSource.open(file, name(), delimiter, handler);
	}

}
