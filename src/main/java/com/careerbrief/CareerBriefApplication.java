package com.careerbrief;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point: runs the career report job once (or on a schedule) and exits with its status. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CareerBriefApplication {

	public static void main(String[] args) {
		ConfigurableApplicationContext context;
		try {
			context = SpringApplication.run(CareerBriefApplication.class, args);
		}
		catch (RuntimeException ex) {
			// Spring Boot has already reported why (e.g. another run holds the state folder): exit 1, no stack trace.
			System.err.println("careerbrief: could not start: " + rootMessage(ex));
			System.exit(1);
			return;
		}
		System.exit(SpringApplication.exit(context));
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage();
	}

}
