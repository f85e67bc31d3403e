package com.careerbrief.job;

import org.springframework.batch.core.StepExecution;
import org.springframework.batch.item.ExecutionContext;

/**
 * Row counts a step keeps in its execution context (accepted, filtered with a reason, rejected with a
 * reason), so they survive a restart and reach the run summary.
 */
final class StepCounts {

	static final String ACCEPTED = "cb.accepted";

	static final String FILTERED = "cb.filtered";

	static final String REJECTED = "cb.rejected";

	private final ExecutionContext context;

	StepCounts(StepExecution stepExecution) {
		this.context = stepExecution.getExecutionContext();
	}

	void add(long accepted, long filtered, long rejected) {
		context.putLong(ACCEPTED, context.getLong(ACCEPTED, 0) + accepted);
		context.putLong(FILTERED, context.getLong(FILTERED, 0) + filtered);
		context.putLong(REJECTED, context.getLong(REJECTED, 0) + rejected);
	}

	long rejected() {
		return context.getLong(REJECTED, 0);
	}

	static long get(StepExecution stepExecution, String key) {
		return stepExecution.getExecutionContext().getLong(key, 0);
	}

}
