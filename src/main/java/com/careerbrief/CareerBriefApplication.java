package com.careerbrief;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point: runs the career report job once (or on a schedule) and exits with its status. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CareerBriefApplication {

	public static void main(String[] args) {
		System.exit(SpringApplication.exit(SpringApplication.run(CareerBriefApplication.class, args)));
	}

}
