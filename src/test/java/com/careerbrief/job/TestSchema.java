package com.careerbrief.job;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.fail;

/**
 * A schema of its own in the PostgreSQL server {@code .ci/run} starts ({@code CAREERBRIEF_TEST_PG_URL},
 * {@code CAREERBRIEF_TEST_PG_USER}), so that an earlier test's completed job never makes a run "up to
 * date". Without the server a test is skipped, saying so, except under {@code CI=true}, where it fails.
 *
 * @param url the JDBC URL with {@code currentSchema} set to the schema
 * @param user the database user
 * @param name the schema
 */
record TestSchema(String url, String user, String name) {

	/**
	 * Creates a fresh schema named {@code prefix} and a unique suffix, or skips the test (fails it in CI).
	 * @param needs what the test needs besides the database, already checked by the caller: null when
	 *        present, else the variables that are missing
	 */
	static TestSchema createOrSkip(String prefix, String what, String needs) throws SQLException {
		String base = System.getenv("CAREERBRIEF_TEST_PG_URL");
		String missing = base == null || base.isBlank() ? "CAREERBRIEF_TEST_PG_URL" : needs;
		if (missing != null) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail("CI must run the " + what + ": " + missing + " is not set (.ci/run sets it)");
			}
			Assumptions.abort(what + " skipped: " + missing + " is not set; bash .ci/run starts the servers and sets it");
		}
		String user = System.getenv().getOrDefault("CAREERBRIEF_TEST_PG_USER", "careerbrief");
		String name = prefix + Long.toHexString(System.nanoTime());
		try (Connection connection = DriverManager.getConnection(base, user, "");
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA " + name);
		}
		return new TestSchema(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name, user, name);
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(url, user, "");
	}

	void drop() throws SQLException {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA " + name + " CASCADE");
		}
	}

}
