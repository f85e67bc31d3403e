package com.careerbrief.job;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job repository and staging datasource: the configured one (the {@code postgres} profile), or
 * by default an embedded H2 database in a file under the state folder, so a killed run can resume.
 * AUTO_SERVER lets a second process open the same file while a run holds it, so that a second launch
 * reaches the run lock and is refused with a message, and {@code --history} works during a run.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

	@Bean
	DataSource dataSource(DataSourceProperties dataSource, CareerBriefProperties properties) {
		if (dataSource.getUrl() == null || dataSource.getUrl().isBlank()) {
			dataSource.setUrl("jdbc:h2:file:" + properties.state().toAbsolutePath().resolve("careerbrief")
					+ ";AUTO_SERVER=TRUE");
			dataSource.setUsername("sa");
			dataSource.setPassword("");
		}
		return dataSource.initializeDataSourceBuilder().build();
	}

}
