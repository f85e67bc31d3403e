package com.careerbrief.web.operator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The operator page shows a run's console lines as an operator reads them, not as the logger wrote them. */
class RunProcessTests {

	@Test
	void aLogLineKeepsItsTimeOfDayAndMessageAndNamesOnlyWarningsAndErrors() {
		assertThat(RunProcess.readable("2026-12-03T03:21:19.866Z  INFO 13567 --- [           main] "
				+ "c.careerbrief.job.StepSummaryListener    : Step ingestTables COMPLETED: read 147489, written 131662"))
			.isEqualTo("03:21:19 Step ingestTables COMPLETED: read 147489, written 131662");
		assertThat(RunProcess.readable("2026-12-03T03:32:51.383Z  WARN 21787 --- [    partition-1] "
				+ "com.careerbrief.job.TableItemWriter      : Rejected onet/Alternate Titles.txt line 323: expected 4 fields"))
			.isEqualTo("03:32:51 WARN Rejected onet/Alternate Titles.txt line 323: expected 4 fields");
		assertThat(RunProcess.readable("2026-12-03T03:26:36.479Z ERROR 16708 --- [careerbrief] [           main] "
				+ "com.careerbrief.run.CareerBriefRunner    : Run 2 FAILED: the outputs of the last good run are untouched"))
			.isEqualTo("03:26:36 ERROR Run 2 FAILED: the outputs of the last good run are untouched");
	}

	@Test
	void aLineThatIsNoLogLineStaysAsItIs() {
		assertThat(RunProcess.readable("writeBriefs                    COMPLETED         831        831          0"))
			.isEqualTo("writeBriefs                    COMPLETED         831        831          0");
		assertThat(RunProcess.readable("careerbrief: Run 2 FAILED: …")).isEqualTo("careerbrief: Run 2 FAILED: …");
	}
}
