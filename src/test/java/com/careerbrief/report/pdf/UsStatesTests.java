package com.careerbrief.report.pdf;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** State names found in article sentences, and postal codes turned into names. */
class UsStatesTests {

	@Test
	void findsTheStatesASentenceNamesInOrderEachOnce() {
		assertThat(UsStates.namedIn("Pay in West Virginia trails Indiana, and Indiana trails Ohio."))
			.containsExactly("West Virginia", "Indiana", "Ohio");
	}

	@Test
	void theCapitalIsNotTheStateOfWashington() {
		assertThat(UsStates.namedIn("Jobs in Washington, D.C. pay more than in Washington DC suburbs.")).isEmpty();
		assertThat(UsStates.namedIn("Washington pays $54,980 a year.")).containsExactly("Washington");
	}

	@Test
	void postalCodesBecomeNamesAndAnUnknownCodeSaysWhatWasExpected() {
		assertThat(UsStates.name("in")).isEqualTo("Indiana");
		assertThatIllegalArgumentException().isThrownBy(() -> UsStates.name("ZZ"))
			.withMessageContaining("two-letter postal code");
	}

	@Test
	void allStandsForEveryStateAndTerritoryOewsPublishesEachOnce() {
		assertThat(UsStates.expand(java.util.List.of("ALL"))).hasSize(54).contains("IN", "DC", "PR", "GU", "VI");
		assertThat(UsStates.expand(java.util.List.of(" ca", "IN", "ca", ""))).containsExactly("CA", "IN");
		assertThat(UsStates.expand(java.util.List.of("in", "all"))).hasSize(54).startsWith("IN");
		assertThatIllegalArgumentException().isThrownBy(() -> UsStates.expand(java.util.List.of("IN", "XX")))
			.withMessageContaining("Unknown state code \"XX\"");
	}

}
