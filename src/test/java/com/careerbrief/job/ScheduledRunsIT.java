package com.careerbrief.job;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --schedule}: the packaged jar stays up and runs the job on the cron, the second tick finding
 * the inputs unchanged; a malformed cron expression is refused at launch.
 */
class ScheduledRunsIT {

	@TempDir
	Path work;

	@Test
	void runsOnTheCronAndTheNextTickFindsTheOutputsUpToDate() throws Exception {
		Path input = InProcessRun.smallInput(work.resolve("input"));
		JarRun scheduled = JarRun.start(input, work.resolve("output"), work.resolve("state"),
				"--schedule=*/5 * * * * *");
		try {
			scheduled.awaitLine("Scheduled: careerReportJob runs on \"\\*/5 \\* \\* \\* \\* \\*\"; next run at ");
			scheduled.awaitLine("Finished scheduled run: Run 1 completed and published to ");
			scheduled.awaitLine("Finished scheduled run: Up to date: outputs of run 1 still current");
		}
		finally {
			scheduled.kill();
		}
		assertThat(work.resolve("output/careerbrief.xlsx")).isRegularFile();
	}

	@Test
	void aMalformedCronExpressionIsRefusedWithWhatWasExpected() throws Exception {
		JarRun run = JarRun.start(work.resolve("input"), work.resolve("output"), work.resolve("state"),
				"--schedule=every monday");

		assertThat(run.awaitExit()).isEqualTo(1);
		assertThat(run.log()).contains("--schedule=\"every monday\" is not a cron expression; expected six fields");
	}

}
