package com.careerbrief.ingest.table.onet;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.careerbrief.ingest.table.TableFormat;
import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.ingest.table.TableSource;
import com.careerbrief.ingest.table.TallyingTableSource;

/**
 * Reads one O*NET 29.2 tab-delimited text file (Occupation Data, Task Statements, Alternate Titles or
 * Job Zones), recognised by its exact header line.
 */
public final class OnetTableFormat implements TableFormat {

	private final OnetFile kind;

	public OnetTableFormat(OnetFile kind) {
		this.kind = kind;
	}

	/** A format for each O*NET file careerbrief reads. */
	public static List<TableFormat> all() {
		return Arrays.stream(OnetFile.values()).<TableFormat>map(OnetTableFormat::new).toList();
	}

	@Override
	public String name() {
		return "O*NET tab-delimited " + kind.title();
	}

	@Override
	public boolean accepts(String fileName, List<String> headLines) {
		return !headLines.isEmpty() && kind.isHeader(headLines.get(0));
	}

	@Override
	public TableSource open(Path file) throws IOException {
		String name = file.getFileName().toString();
		BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
		String header = reader.readLine();
		if (header == null || !kind.isHeader(header.replace("\uFEFF", ""))) {
			reader.close();
			return TallyingTableSource.failed(name, name(), "first line is not the O*NET " + kind.title()
					+ " header (" + String.join(" | ", kind.columns()) + ")");
		}
		OnetRowMapper mapper = new OnetRowMapper(kind, name);
		long[] lineNumber = { 1 };
		return new TallyingTableSource(name, name(), new TallyingTableSource.RowReader() {
			@Override
			public TableItem next() throws IOException {
				String line = reader.readLine();
				return line == null ? null : mapper.map(++lineNumber[0], line);
			}

			@Override
			public void close() throws IOException {
				reader.close();
			}
		});
	}

}
