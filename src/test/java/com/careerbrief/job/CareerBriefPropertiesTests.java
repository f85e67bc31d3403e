package com.careerbrief.job;

import java.math.BigDecimal;
import java.util.Map;

import com.careerbrief.config.CareerBriefProperties;
import com.careerbrief.reconcile.ReconcileProperties;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Everything under careerbrief.* binds to the one record, the reconcile section nested in it. */
class CareerBriefPropertiesTests {

	private static CareerBriefProperties bind(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("careerbrief",
				CareerBriefProperties.class);
	}

	@Test
	void withNothingSetARunGetsItsDocumentedDefaults() {
		CareerBriefProperties properties = bind(Map.of());

		assertThat(properties.progressSeconds()).isEqualTo(5);
		assertThat(properties.threads()).isZero();
		assertThat(properties.partitionThreads()).isEqualTo(Runtime.getRuntime().availableProcessors());
		assertThat(properties.ingestPartitionThreads()).isEqualTo(1);
		assertThat(properties.stopTimeoutSeconds()).isEqualTo(60);
		assertThat(properties.reconcile()).isEqualTo(ReconcileProperties.defaults());
	}

	@Test
	void theReconcileSectionAndTheThreadsBindFromTheirKeys() {
		CareerBriefProperties properties = bind(Map.of("careerbrief.threads", "3", "careerbrief.stop-timeout-seconds",
				"5", "careerbrief.reconcile.exact-tolerance-percent", "0.5", "careerbrief.reconcile.hours-per-year",
				"2000"));

		assertThat(properties.partitionThreads()).isEqualTo(3);
		assertThat(properties.stopTimeoutSeconds()).isEqualTo(5);
		assertThat(bind(Map.of("careerbrief.threads", "3", "careerbrief.ingest-threads", "8")).ingestPartitionThreads())
			.as("the ingest threads are at most the threads").isEqualTo(3);
		assertThat(properties.reconcile().exactTolerancePercent()).isEqualByComparingTo(new BigDecimal("0.5"));
		assertThat(properties.reconcile().hoursPerYear()).isEqualTo(2000);
	}

}
