package com.careerbrief.job;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole careerReportJob against a real PostgreSQL server with the {@code postgres} profile: the
 * job repository and the staging tables live there, and a second launch finds the completed run.
 * {@code .ci/run} starts a server on loopback and sets {@code CAREERBRIEF_TEST_PG_URL}; on a
 * developer's machine without one the test is skipped, saying so, but never in CI.
 */
class PostgresJobTests {

	@TempDir
	Path work;

	private TestSchema schema;

	private String url;

	private String user;

	@BeforeEach
	void connectToTheServerOrSkip() throws SQLException {
		schema = TestSchema.createOrSkip("cb_test_", "PostgreSQL test", null);
		url = schema.url();
		user = schema.user();
	}

	@AfterEach
	void dropTheSchema() throws SQLException {
		if (schema != null) {
			schema.drop();
		}
	}

	@Test
	void theWholeJobRunsOnPostgresqlAndASecondLaunchFindsTheCompletedRunThere() throws Exception {
		Path input = InProcessRun.smallInput(work.resolve("input"));
		Path output = work.resolve("output");
		String[] postgres = { "--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + user, "--spring.datasource.password=" };

		InProcessRun.Result first = InProcessRun.run(input, output, work.resolve("state"), postgres);

		assertThat(first.exitCode()).as(first.log()).isZero();
		assertThat(first.log()).contains("Step publish COMPLETED");
		StreamedSheet occupations = StreamedSheet.read(output.resolve("careerbrief.xlsx"), "Occupations");
		assertThat(Double.parseDouble(occupations.rowStartingWith("29-2072")
			.get(occupations.column("Median annual wage")).value())).isEqualTo(50250.0);
		assertThat(query("SELECT status FROM batch_job_execution")).containsExactly("COMPLETED");
		assertThat(query("SELECT COUNT(*) FROM cb_occupation")).containsExactly("26");
		assertThat(query("SELECT COUNT(*) FROM cb_claim WHERE soc_code = '29-2072'").get(0)).isNotEqualTo("0");

		InProcessRun.Result second = InProcessRun.run(input, output, work.resolve("other-state"), postgres);

		assertThat(second.exitCode()).isZero();
		assertThat(second.log()).contains("Up to date: outputs of run");
	}

	private List<String> query(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			List<String> values = new java.util.ArrayList<>();
			while (rows.next()) {
				values.add(rows.getString(1));
			}
			return values;
		}
	}

}
