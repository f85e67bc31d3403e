package com.careerbrief.web.operator;

import com.careerbrief.web.download.PublishedRun;
import com.careerbrief.web.download.PublishedRuns;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * What monitoring reads: a "runs" health entry (the latest published run and when, whether a run from this
 * portal is going, the last failure's reason) and the gauges careerbrief.run.active,
 * careerbrief.run.last.failed and careerbrief.publish.last (epoch seconds of the latest publish).
 */
@Component("runs")
class RunMonitoring implements HealthIndicator, MeterBinder {

	private final PublishedRuns published;

	private final RunControl runs;

	RunMonitoring(PublishedRuns published, RunControl runs) {
		this.published = published;
		this.runs = runs;
	}

	@Override
	public Health health() {
		Health.Builder health = Health.up().withDetail("running", runs.running());
		published.latest().ifPresentOrElse(run -> health.withDetail("latestRun", run.runId())
			.withDetail("lastPublish", run.publishedAt().toString()), () -> health.withDetail("latestRun", "none"));
		runs.lastFailure().ifPresent(f -> health.withDetail("lastFailure", f.reason() == null ? "exit code " + f.exitCode() : f.reason()));
		return health.build();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("careerbrief.run.active", runs, r -> r.running() ? 1 : 0)
			.description("1 while a run started from the portal is in progress")
			.register(registry);
		Gauge.builder("careerbrief.run.last.failed", runs, r -> r.lastFailure().isPresent() ? 1 : 0)
			.description("1 when the portal's last run failed")
			.register(registry);
		Gauge.builder("careerbrief.publish.last", published,
				p -> p.latest().map(PublishedRun::publishedAt).map(t -> t.getEpochSecond()).orElse(0L))
			.description("When the latest run was published")
			.baseUnit("seconds")
			.register(registry);
	}

}
