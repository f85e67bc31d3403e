package com.careerbrief.run;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused second launch into Spring Boot's short start-up report instead of a stack trace. */
class RunInProgressFailureAnalyzer extends AbstractFailureAnalyzer<RunLockHolder.AnotherRunInProgressException> {

	@Override
	protected FailureAnalysis analyze(Throwable root, RunLockHolder.AnotherRunInProgressException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Wait for that run to end (or, if no careerbrief process is running, check who holds state/run.lock), "
						+ "or use another --state folder.",
				cause);
	}

}
