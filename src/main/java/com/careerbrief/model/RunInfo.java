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
 */
public record RunInfo(long runId, Instant started, List<InputFile> inputs, List<FileAccounting> accounting,
		List<SourceWeight> sources) {
}
