package com.careerbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;

import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** Verdicts go through staging whole, and a verdict staged by an older build keeps its reason. */
class StagedVerdictTests {

	private final StagingRepository staging = new StagingRepository(null, Jackson2ObjectMapperBuilder.json().build());

	@Test
	void aVerdictComesBackWithItsStatementAndFindingApart() {
		Verdict verdict = new Verdict("a.txt#1", VerdictKind.OUTDATED, "An article says the average is $37,110.",
				"That was the median pay in 2015; today's median is $50,250 (May 2024).", null, new BigDecimal("-26.2"));

		Verdict read = staging.read(staging.write(verdict), Verdict.class);

		assertThat(read).isEqualTo(verdict);
		assertThat(read.reason()).isEqualTo("An article says the average is $37,110. That was the median pay in 2015; "
				+ "today's median is $50,250 (May 2024).");
	}

	@Test
	void aVerdictStagedBeforeTheSplitKeepsItsWholeReasonAsTheFinding() {
		String older = "{\"claimId\":\"a.txt#1\",\"kind\":\"OUTDATED\",\"reason\":\"An article says the average is $37,110."
				+ " That was the median pay in 2015.\",\"checkedAgainst\":null,\"distancePercent\":-26.2}";

		Verdict read = staging.read(older, Verdict.class);

		assertThat(read.says()).isEmpty();
		assertThat(read.reason()).isEqualTo("An article says the average is $37,110. That was the median pay in 2015.");
		assertThat(read.distancePercent()).isEqualByComparingTo("-26.2");
	}

}
