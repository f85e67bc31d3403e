package com.careerbrief.run;

import java.util.concurrent.CountDownLatch;

import com.careerbrief.config.CareerBriefProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;

/**
 * The command line under the {@code worker} profile: launches nothing, takes partition requests from the
 * broker (RemotePartitioningConfiguration) until the process is stopped (SIGTERM, Ctrl-C).
 */
public class WorkerRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(WorkerRunner.class);

	private final CareerBriefProperties properties;

	private final Environment environment;

	public WorkerRunner(CareerBriefProperties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		log.info("Worker ready: taking partition requests from queue {} on {}; job repository {}; writing to {}",
				properties.remote().queue(), environment.getProperty("spring.rabbitmq.addresses", "the broker"),
				environment.getProperty("spring.datasource.url"), properties.output().toAbsolutePath());
		new CountDownLatch(1).await(); // until the JVM stops; the partition threads are the integration poller's
	}

}
