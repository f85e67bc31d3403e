package com.careerbrief.job;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar on the shipped input, killed with SIGKILL in the middle of a step and launched
 * again with the same command: the second launch resumes the run and its outputs equal those of an
 * uninterrupted run, sheet by sheet and brief by brief. Also: a second launch while a run is going
 * is refused. Runs in the integration-test phase (failsafe), after the jar is built.
 */
class RestartAfterKillIT {

	private static final Path INPUT = Path.of("input").toAbsolutePath();

	@TempDir
	static Path work;

	static Map<String, String> clean;

	@BeforeAll
	static void runOnceWithoutInterruption() throws Exception {
		Path output = work.resolve("clean/output");
		JarRun run = JarRun.start(INPUT, output, work.resolve("clean/state"));
		assertThat(run.awaitExit()).as(run.log()).isZero();
		clean = OutputDigest.of(output);
		assertThat(clean).containsKeys("sheet Occupations", "sheet Claims", "sheet Rejected input",
				"brief 29-2072-medical-records-specialists.pdf");
	}

	@ParameterizedTest(name = "killed during {0}")
	@CsvSource({ "ingestDocuments, Step ingestDocuments started", "reconcile, reconcile: \\d+/\\d+",
			"writeBriefs, writeBriefs: \\d+/\\d+" })
	void aRunKilledDuringAStepResumesAndEndsWithTheOutputsOfACleanRun(String step, String killWhen) throws Exception {
		Path output = work.resolve(step + "/output");
		Path state = work.resolve(step + "/state");
		JarRun killed = JarRun.start(INPUT, output, state);
		killed.awaitLine(killWhen);
		killed.kill();
		assertThat(killed.log()).doesNotContain("Step " + step + " COMPLETED");
		assertThat(output.resolve(OutputPublisher.WORKBOOK)).as("nothing is published by a killed run").doesNotExist();

		JarRun resumed = JarRun.start(INPUT, output, state);

		assertThat(resumed.awaitExit()).as(resumed.log()).isZero();
		assertThat(resumed.log()).contains("Resuming run 1 from its last committed chunk")
			.contains("Step publish COMPLETED");
		assertThat(OutputDigest.of(output)).isEqualTo(clean);
	}

	@Test
	void aSecondLaunchWhileARunIsGoingIsRefused() throws Exception {
		Path output = work.resolve("concurrent/output");
		Path state = work.resolve("concurrent/state");
		JarRun first = JarRun.start(INPUT, output, state);
		try {
			first.awaitLine("Step ingestTables started");

			JarRun second = JarRun.start(INPUT, output, state);

			assertThat(second.awaitExit()).isEqualTo(1);
			assertThat(second.log()).contains("Another careerbrief run is in progress on state folder")
				.doesNotContain("Step ingestTables started");
		}
		finally {
			first.kill();
		}
	}

}
