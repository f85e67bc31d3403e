package com.careerbrief.job;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock a run reads its date from (the machine's, in its time zone). Table rows dated after
 * this date are rejected; a test replaces the clock with a {@code @Primary} fixed one.
 */
@Configuration(proxyBeanMethods = false)
class RunClockConfiguration {

	@Bean
	Clock runClock() {
		return Clock.systemDefaultZone();
	}

}
