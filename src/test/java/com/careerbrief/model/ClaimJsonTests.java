package com.careerbrief.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** A claim keeps the average its article gives through the staging table's JSON payload. */
class ClaimJsonTests {

	@Test
	void statedAverageSurvivesTheStagingPayload() throws Exception {
		Claim claim = new Claim("a#1", "a", "29-2072", null, true, Metric.EMPLOYMENT_CHANGE_PERCENT, "projected to grow",
				Statistic.VALUE, 0, new BigDecimal("7"), null, Unit.PERCENT, Period.projection(2024, 2034), "United States",
				"much faster than average", null, null, "growth 7%", null, null, List.of(), new BigDecimal("8"));
		// as Spring Boot configures the mapper the staging repository gets
		JsonMapper json = JsonMapper.builder().findAndAddModules()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		Claim back = json.readValue(json.writeValueAsString(claim), Claim.class);
		assertThat(back.statedAverage()).isEqualByComparingTo("8");
		assertThat(back).isEqualTo(claim);
	}
}
