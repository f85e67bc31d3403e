package com.careerbrief.ingest.table.onet;

import java.util.List;

/** The O*NET 29.2 text files careerbrief reads, each known by its tab-delimited header. */
public enum OnetFile {

	OCCUPATION_DATA("Occupation Data", List.of("O*NET-SOC Code", "Title", "Description")),
	TASK_STATEMENTS("Task Statements",
			List.of("O*NET-SOC Code", "Task ID", "Task", "Task Type", "Incumbents Responding", "Date", "Domain Source")),
	ALTERNATE_TITLES("Alternate Titles", List.of("O*NET-SOC Code", "Alternate Title", "Short Title", "Source(s)")),
	JOB_ZONES("Job Zones", List.of("O*NET-SOC Code", "Job Zone", "Date", "Domain Source"));

	private final String title;

	private final List<String> columns;

	OnetFile(String title, List<String> columns) {
		this.title = title;
		this.columns = columns;
	}

	/** The file's title as O*NET names it, e.g. "Task Statements". */
	public String title() {
		return title;
	}

	/** The header columns, in order. */
	public List<String> columns() {
		return columns;
	}

	/** Whether a header line is this file's header (BOM and line ending already removed). */
	public boolean isHeader(String line) {
		return List.of(line.strip().split("\t", -1)).equals(columns);
	}

}
