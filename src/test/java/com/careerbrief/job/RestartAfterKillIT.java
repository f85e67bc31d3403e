package com.careerbrief.job;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;

import com.careerbrief.run.OutputPublisher;
import com.careerbrief.run.RunJournal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The packaged jar on the shipped input, killed with SIGKILL in the middle of a step and launched
 * again with the same command: the second launch resumes the run and its outputs equal those of an
 * uninterrupted run, sheet by sheet and brief by brief. Also: a second launch while a run is going
 * is refused, and a run sent SIGTERM stops after a committed chunk and is finished by the next launch.
 * Runs in the integration-test phase (failsafe), after the jar is built.
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
		assertThat(run.log()).contains("Staged tables taken from this execution's ingest");
		clean = OutputDigest.of(output);
		assertThat(clean).containsKeys("sheet Occupations", "sheet Claims", "sheet Rejected input",
				"brief 29-2072-medical-records-specialists.pdf");
	}

	@ParameterizedTest(name = "killed during {0}")
	// A partitioned step, where a restart must resume each slice from its own last chunk. Kills during
	// ingestDocuments (a plain chunk step) and during reconcile were cases too, until .ci/run came within two
	// minutes of its 30-minute limit; reconcile's resume is still checked below, after a SIGTERM stop.
	@CsvSource({ "writeBriefs, writeBriefs: (\\d+)/(?!\\1\\b)\\d+, 1" })
	void aRunKilledDuringAStepResumesAndEndsWithTheOutputsOfACleanRun(String step, String killWhen, int minCommits)
			throws Exception {
		Path output = work.resolve(step + "/output");
		Path state = work.resolve(step + "/state");
		// Progress every second, so that a line "n/total" with n < total marks the middle of the step.
		JarRun killed = JarRun.start(INPUT, output, state, "--careerbrief.progress-seconds=1");
		killed.awaitLine(killWhen);
		killed.kill();
		// The job repository shows the step cut off in the middle, after at least one committed chunk.
		assertThat(stepInRepository(state, step)).as("status and commits of %s when killed", step)
			.satisfies(s -> assertThat(s.status()).isEqualTo("STARTED"))
			.satisfies(s -> assertThat(s.commits()).isGreaterThanOrEqualTo(minCommits));
		assertThat(output.resolve(OutputPublisher.WORKBOOK)).as("nothing is published by a killed run").doesNotExist();

		assertThat(resumeToCleanOutputs(output, state)).contains("Step publish COMPLETED");
		// The run history (what the portal shows) has the killed execution as interrupted, then the resume.
		assertThat(RunJournal.read(state)).extracting(RunJournal.Entry::runId, RunJournal.Entry::status,
				RunJournal.Entry::published)
			.containsExactly(tuple(1L, "COMPLETED", true), tuple(1L, "FAILED", false));
		assertThat(RunJournal.read(state).get(1).reason()).startsWith("interrupted");
		// The ids the kill left unused are not skipped: the resume was execution 2, and the next run will be run 2.
		assertThat(RunJournal.read(state)).extracting(RunJournal.Entry::executionId).containsExactly(2L, 1L);
		assertThat(nextRunId(state)).isEqualTo(2);
	}

	private static long nextRunId(Path state) throws Exception {
		String url = "jdbc:h2:file:" + state.toAbsolutePath().resolve("careerbrief");
		try (Connection db = DriverManager.getConnection(url, "sa", "");
				PreparedStatement query = db.prepareStatement("SELECT NEXT VALUE FOR BATCH_JOB_SEQ");
				ResultSet row = query.executeQuery()) {
			assertThat(row.next()).isTrue();
			return row.getLong(1);
		}
	}

	@Test
	void aRunAskedToStopWithSigtermStopsAfterAChunkAndTheNextLaunchFinishesIt() throws Exception {
		Path output = work.resolve("sigterm/output");
		Path state = work.resolve("sigterm/state");
		JarRun stopped = JarRun.start(INPUT, output, state, "--careerbrief.progress-seconds=1");
		stopped.awaitLine("reconcile: (\\d+)/(?!\\1\\b)\\d+");

		int exit = stopped.terminate();

		assertThat(exit).as(stopped.log()).isNotZero();
		assertThat(stopped.log()).contains("Stop requested: run 1 stops after its current chunk")
			.contains("Step reconcile STOPPED")
			.contains("Run 1 stopped cleanly after its last committed chunk")
			.contains("careerbrief: Run 1 stopped on request after its last committed chunk; the next launch resumes it")
			.doesNotContain("did not stop within");
		assertThat(stepInRepository(state, "reconcile")).as("reconcile in the job repository after SIGTERM")
			.satisfies(s -> assertThat(s.status()).isEqualTo("STOPPED"))
			.satisfies(s -> assertThat(s.commits()).isGreaterThanOrEqualTo(1));
		assertThat(jobStatus(state)).as("the run's status saved before the process ended").isEqualTo("STOPPED");
		assertThat(output.resolve(OutputPublisher.WORKBOOK)).as("nothing is published by a stopped run").doesNotExist();

		assertThat(resumeToCleanOutputs(output, state)).doesNotContain("was left running by a process");
	}

	/** Launches the same command again; checks it resumed run 1 and ended with a clean run's outputs; returns its log. */
	private static String resumeToCleanOutputs(Path output, Path state) throws Exception {
		JarRun resumed = JarRun.start(INPUT, output, state);
		assertThat(resumed.awaitExit()).as(resumed.log()).isZero();
		// A resume reads the staged tables back (its ingest ran in the killed process), and ends with the same
		// outputs as the clean run, which took them from memory.
		assertThat(resumed.log()).contains("Resuming run 1 from its last committed chunk")
			.contains("Staged tables read from staging");
		assertThat(OutputDigest.of(output)).isEqualTo(clean);
		return resumed.log();
	}

	/** A step's row in the job repository (the H2 file the killed process left). */
	record StepRow(String status, long commits) {
	}

	private static String jobStatus(Path state) throws Exception {
		String url = "jdbc:h2:file:" + state.toAbsolutePath().resolve("careerbrief");
		try (Connection db = DriverManager.getConnection(url, "sa", "");
				PreparedStatement query = db.prepareStatement("SELECT STATUS FROM BATCH_JOB_EXECUTION");
				ResultSet row = query.executeQuery()) {
			assertThat(row.next()).as("a job execution was saved").isTrue();
			return row.getString(1);
		}
	}

	/**
	 * A step's status in the job repository (the H2 file the killed process left), and its commits: a
	 * partitioned step (reconcile, writeBriefs) commits in its worker steps ("reconcileWorker:occupations0"…),
	 * whose commits count for it until the step ends and adds them up itself.
	 */
	private static StepRow stepInRepository(Path state, String step) throws Exception {
		String url = "jdbc:h2:file:" + state.toAbsolutePath().resolve("careerbrief");
		try (Connection db = DriverManager.getConnection(url, "sa", "");
				PreparedStatement query = db.prepareStatement(
						"SELECT STATUS, COMMIT_COUNT FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = ?");
				PreparedStatement workers = db.prepareStatement(
						"SELECT COALESCE(SUM(COMMIT_COUNT), 0) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE ?")) {
			query.setString(1, step);
			workers.setString(1, step + "Worker:%");
			try (ResultSet row = query.executeQuery(); ResultSet worker = workers.executeQuery()) {
				assertThat(row.next()).as("step %s started before the kill", step).isTrue();
				assertThat(worker.next()).isTrue();
				return new StepRow(row.getString(1), Math.max(row.getLong(2), worker.getLong(1)));
			}
		}
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
