package com.careerbrief;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Keeps the job a command-line application now that the portal's web server is on the classpath: any
 * application started from {@link CareerBriefApplication} (the command line, tests that run the job) gets
 * {@code spring.main.web-application-type=none} as a default, so a batch run never opens a port. The portal
 * ({@code --serve}) starts from another class and stays a web application.
 */
class JobIsNotAWebApplication implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (application.getAllSources().contains(CareerBriefApplication.class)) {
			// Last: a setting given on the command line or in configuration still wins.
			environment.getPropertySources()
				.addLast(new MapPropertySource("careerbriefJobDefaults", Map.of("spring.main.web-application-type", "none")));
		}
	}

}
