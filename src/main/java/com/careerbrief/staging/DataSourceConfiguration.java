package com.careerbrief.staging;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import com.careerbrief.config.CareerBriefProperties;
import com.careerbrief.run.RunLockHolder;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.batch.BatchDataSourceScriptDatabaseInitializer;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job repository and staging datasource: the configured one (the {@code postgres} profile), or
 * by default an embedded H2 database in a file under the state folder, so a killed run can resume.
 * The run lock is taken before the database opens (see {@link RunLockHolder}), so only one process
 * ever has the embedded file open. WRITE_DELAY=0 writes each commit to the file at once (H2 otherwise
 * waits up to half a second), so a {@code kill -9} loses no committed chunk.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

	private static final List<String> BATCH_SEQUENCES = List.of("BATCH_JOB_SEQ", "BATCH_JOB_EXECUTION_SEQ",
			"BATCH_STEP_EXECUTION_SEQ");

	@Bean
	DataSource dataSource(DataSourceProperties dataSource, CareerBriefProperties properties,
			ObjectProvider<RunLockHolder> runLock) {
		// The lock is taken first: a process refused by it never opens the database (a remote worker has none).
		boolean locked = runLock.getIfAvailable() != null;
		if (dataSource.getUrl() == null || dataSource.getUrl().isBlank()) {
			if (!locked) {
				throw new IllegalStateException("A worker runs the partitions of a manager's run, so it needs the "
						+ "manager's database: start it with --spring.profiles.active=postgres,worker");
			}
			dataSource.setUrl("jdbc:h2:file:" + properties.state().toAbsolutePath().resolve("careerbrief")
					+ ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
			dataSource.setUsername("sa");
			dataSource.setPassword("");
		}
		return dataSource.initializeDataSourceBuilder().build();
	}

	/**
	 * H2 hands out sequence values 32 at a time and a {@code kill -9} loses what is left of them, so the run
	 * after a killed run 1 was run 33. Uncached, run ids go on 1, 2, 3 (a run draws a few dozen ids at most).
	 * PostgreSQL's sequences are uncached by default.
	 */
	@Bean
	InitializingBean runIdsWithoutGaps(DataSource dataSource,
			ObjectProvider<BatchDataSourceScriptDatabaseInitializer> batchSchema) {
		return () -> {
			batchSchema.getIfAvailable(); // made first, so the job repository's tables and sequences exist
			try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
				if (db.getMetaData().getDatabaseProductName().equals("H2")) {
					for (String sequence : BATCH_SEQUENCES) {
						sql.execute("ALTER SEQUENCE " + sequence + " NO CACHE");
					}
				}
			}
		};
	}

}
