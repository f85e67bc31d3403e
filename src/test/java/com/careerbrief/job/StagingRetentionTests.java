package com.careerbrief.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.careerbrief.run.OutputPublisher;
import com.careerbrief.run.RunJournal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The state folder holds the staging of the last run, not of every run ever made: a daily run on the
 * shipped input would otherwise add about 350 MB a day. A run that did not complete is abandoned by the next
 * (other inputs or forced) run, and its inputs run afresh when launched again.
 */
class StagingRetentionTests {

	@TempDir
	Path work;

	Path input;

	Path output;

	Path state;

	@BeforeEach
	void completeOneRun() throws Exception {
		input = InProcessRun.smallInput(work.resolve("input"));
		output = work.resolve("output");
		state = work.resolve("state");
		InProcessRun.Result first = InProcessRun.run(input, output, state);
		assertThat(first.exitCode()).as(first.log()).isZero();
		assertThat(figuresByRun()).containsOnlyKeys(1L);
	}

	@Test
	void aNewRunRemovesTheStagingOfTheCompletedRunBeforeIt() throws Exception {
		Map<String, Long> firstRun = rowsByTable(1);

		InProcessRun.Result second = InProcessRun.run(input, output, state, "--force");

		assertThat(second.exitCode()).as(second.log()).isZero();
		assertThat(second.log()).contains("Staging of earlier runs removed (tables emptied: 10, rows deleted: 0, ")
			.contains("Step removeOldStaging COMPLETED");
		assertThat(figuresByRun()).containsOnlyKeys(2L);
		assertThat(rowsByTable(1)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
		assertThat(rowsByTable(2)).as("the same input stages the same rows again").isEqualTo(firstRun);
	}

	@Test
	void aKilledRunIsAbandonedByTheNextAndItsInputsLaterRunAfresh() throws Exception {
		// given: run 2, on a national file cut down to two occupations, is refused by the shrink check after staging …
		Path national = input.resolve("oews/national/national_M2024_dl.csv");
		byte[] whole = Files.readAllBytes(national);
		List<String> lines = Files.readAllLines(national);
		List<String> two = new ArrayList<>(lines.subList(0, 1));
		lines.stream().filter(l -> l.contains("29-2072") || l.contains("29-2081")).forEach(two::add);
		Files.write(national, two);
		assertThat(InProcessRun.run(input, output, state).exitCode()).isEqualTo(1);
		assertThat(figuresByRun()).containsOnlyKeys(2L);
		// … and its process is taken for killed in that step: still STARTED in the job repository, as kill -9 leaves it
		try (Connection db = open(); Statement update = db.createStatement()) {
			update.executeUpdate("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL WHERE STEP_NAME = "
					+ "'checkShrink' AND JOB_EXECUTION_ID IN (SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE "
					+ "JOB_INSTANCE_ID = 2)");
			update.executeUpdate("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL WHERE JOB_INSTANCE_ID = 2");
		}

		// when: the whole file is back and run 3 is forced
		Files.write(national, whole);
		LocalDateTime beforeThird = LocalDateTime.now();
		InProcessRun.Result third = InProcessRun.run(input, output, state, "--force");

		// then: run 2 is abandoned and its rows removed
		assertThat(third.exitCode()).as(third.log()).isZero();
		assertThat(third.log()).containsPattern("Staging of earlier runs removed \\(tables emptied: 10, rows deleted: 0, "
				+ "[\\d.]+ s\\); runs \\[2\\] did not complete and are abandoned: launching their inputs again runs them afresh");
		assertThat(figuresByRun()).containsOnlyKeys(3L);
		try (Connection db = open(); Statement query = db.createStatement();
				ResultSet step = query.executeQuery("SELECT S.STATUS, S.END_TIME FROM BATCH_STEP_EXECUTION S JOIN "
						+ "BATCH_JOB_EXECUTION J ON S.JOB_EXECUTION_ID = J.JOB_EXECUTION_ID WHERE J.JOB_INSTANCE_ID = 2 "
						+ "AND S.STEP_NAME = 'checkShrink'")) {
			assertThat(step.next()).isTrue();
			assertThat(step.getString(1)).as("a worker takes no partition of an abandoned run").isEqualTo("ABANDONED");
			assertThat(step.getTimestamp(2).toLocalDateTime()).as("ended when last seen").isBefore(beforeThird);
		}
		assertThat(RunJournal.read(state)).filteredOn(run -> run.runId() == 2).singleElement().satisfies(run -> {
			assertThat(run.ended()).hasValueSatisfying(end -> assertThat(end).isBefore(beforeThird));
			assertThat(run.status()).isEqualTo("ABANDONED");
			assertThat(run.reason()).isEqualTo("abandoned when run 3 started, which removed its staging; launching its "
					+ "inputs again runs them afresh");
		});

		// when: run 2's inputs are launched again, accepting the shrink
		Files.write(national, two);
		InProcessRun.Result again = InProcessRun.run(input, output, state, "--allow-shrink");

		// then: they run afresh as run 4 (a resume of run 2 would find no staging) and publish the two occupations
		assertThat(again.exitCode()).as(again.log()).isZero();
		assertThat(again.log()).contains("Inputs match run 2, abandoned when a later run started; running them afresh")
			.doesNotContain("Resuming run 2");
		assertThat(new OutputPublisher(output).latestRun()).hasValue(4);
		try (Stream<Path> briefs = Files.list(output.resolve("briefs"))) {
			assertThat(briefs.map(p -> p.getFileName().toString()).sorted().toList())
				.containsExactly("29-2072-medical-records-specialists.pdf", "29-2081-opticians-dispensing.pdf");
		}
	}

	private Map<Long, Long> figuresByRun() throws Exception {
		Map<Long, Long> runs = new TreeMap<>();
		try (Connection db = open(); Statement query = db.createStatement();
				ResultSet rows = query.executeQuery("SELECT run_id, COUNT(*) FROM cb_staged_figure GROUP BY run_id")) {
			while (rows.next()) {
				runs.put(rows.getLong(1), rows.getLong(2));
			}
		}
		return runs;
	}

	private Map<String, Long> rowsByTable(long runId) throws Exception {
		Map<String, Long> counts = new TreeMap<>();
		try (Connection db = open(); Statement query = db.createStatement()) {
			for (String table : tablesWithRunIds(query)) {
				try (ResultSet rows = query.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE run_id = " + runId)) {
					rows.next();
					counts.put(table, rows.getLong(1));
				}
			}
		}
		return counts;
	}

	/** Every table of the state database with a run_id column, as the schema has it (not as the code lists them). */
	private static List<String> tablesWithRunIds(Statement query) throws Exception {
		List<String> tables = new ArrayList<>();
		try (ResultSet rows = query.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE "
				+ "COLUMN_NAME = 'RUN_ID' AND TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME")) {
			while (rows.next()) {
				tables.add(rows.getString(1));
			}
		}
		assertThat(tables).hasSize(10).contains("CB_STAGED_FIGURE", "CB_REJECT");
		return tables;
	}

	private Connection open() throws Exception {
		return DriverManager.getConnection("jdbc:h2:file:" + state.resolve("careerbrief").toAbsolutePath(), "sa", "");
	}

}
