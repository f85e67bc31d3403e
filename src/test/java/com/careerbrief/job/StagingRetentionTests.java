package com.careerbrief.job;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The state folder holds the staging of the last completed run and of runs that can still be resumed,
 * not of every run ever made: a daily run on the shipped input would otherwise add about 350 MB a day.
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
		assertThat(second.log()).contains("Staging of earlier runs removed (all 10 tables emptied")
			.contains("Step removeOldStaging COMPLETED");
		assertThat(figuresByRun()).containsOnlyKeys(2L);
		assertThat(rowsByTable(1)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
		assertThat(rowsByTable(2)).as("the same input stages the same rows again").isEqualTo(firstRun);
	}

	@Test
	void aFailedRunKeepsItsStagingForItsResumeWhileLaterRunsRemoveTheCompletedOnes() throws Exception {
		// given: run 2 fails at the briefs step (an unknown state code), after staging everything; run 3, on other
		// settings, completes after it
		InProcessRun.Result failed = InProcessRun.run(input, output, state, "--states=ZZ");
		assertThat(failed.exitCode()).isEqualTo(1);
		Map<String, Long> failedRun = rowsByTable(2);
		assertThat(failedRun.get("CB_STAGED_FIGURE")).isPositive();
		assertThat(InProcessRun.run(input, output, state, "--force").exitCode()).isZero();
		assertThat(figuresByRun()).containsOnlyKeys(2L, 3L);
		long completedRows = rowsByTable(3).values().stream().mapToLong(Long::longValue).sum();

		// when: run 4 starts
		InProcessRun.Result fourth = InProcessRun.run(input, output, state, "--force");

		// then: run 3's rows are deleted, run 2's are all still there
		assertThat(fourth.exitCode()).as(fourth.log()).isZero();
		assertThat(fourth.log()).containsPattern("Staging of earlier completed runs removed \\(" + completedRows
				+ " rows deleted, tables emptied: \\d+, [\\d.]+ s\\); kept for a resume: run\\(s\\) \\[2\\]");
		assertThat(figuresByRun()).containsOnlyKeys(2L, 4L);
		assertThat(rowsByTable(3)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
		assertThat(rowsByTable(2)).isEqualTo(failedRun);
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
