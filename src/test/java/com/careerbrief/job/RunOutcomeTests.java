package com.careerbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A scheduler's log line says whether a run finished, was stopped on request (and resumes) or failed. */
class RunOutcomeTests {

	@Test
	void aRunStoppedOnRequestIsReportedAsStoppedNotFailed() {
		assertThat(new RunLauncher.Outcome(true, "Run 1 completed and published to /out").verb()).isEqualTo("Finished");
		assertThat(new RunLauncher.Outcome(false, "Run 1 " + RunLauncher.STOPPED_ON_REQUEST
				+ " after its last committed chunk; the next launch resumes it").verb()).isEqualTo("Stopped");
		assertThat(new RunLauncher.Outcome(false, "Run 1 FAILED: IOException: disk full").verb()).isEqualTo("Failed");
	}
}
