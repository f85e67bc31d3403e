package com.careerbrief.model;

import java.time.Instant;
import java.util.List;

/**
 * The run a report belongs to.
 *
 * @param runId job execution id
 * @param started when the run started
 * @param inputs every input file with its hash
 * @param accounting row accounting per table file
 * @param sources the source ledger
 * @param dependences sources that probably copy one another, one per dependent pair
 */
public record RunInfo(long runId, Instant started, List<InputFile> inputs, List<FileAccounting> accounting,
		List<SourceWeight> sources, List<SourceDependence> dependences) {

	/** A run whose sources were not checked for copying. */
	public RunInfo(long runId, Instant started, List<InputFile> inputs, List<FileAccounting> accounting,
			List<SourceWeight> sources) {
		this(runId, started, inputs, accounting, sources, List.of());
	}
}
