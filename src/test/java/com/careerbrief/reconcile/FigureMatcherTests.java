package com.careerbrief.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.careerbrief.model.Unit;

/** What "equal after rounding" means, on values from the seed articles and the BLS tables. */
class FigureMatcherTests {

	final FigureMatcher matcher = new FigureMatcher(ReconcileProperties.defaults());

	@Test
	void aValueStatedToTheDollarMustBeExact() {
		// $44,324 is 0.5% from the 2020 hybrid median $44,090: close, but not the same figure
		assertThat(matcher.exact(bd("44324"), bd("44090"), Unit.USD_PER_YEAR)).isFalse();
		assertThat(matcher.rounded(bd("44324"), bd("44090"), Unit.USD_PER_YEAR)).isFalse();
		assertThat(matcher.exact(bd("37110"), bd("37110"), Unit.USD_PER_YEAR)).isTrue();
	}

	@Test
	void hourlyTimes2080EqualsThePublishedAnnualWage() {
		// OEWS May 2024: $24.16 an hour, $50,250 a year
		assertThat(matcher.exact(Units.toBase(bd("24.16"), Unit.USD_PER_HOUR, 2080), bd("50250"), Unit.USD_PER_YEAR)).isTrue();
	}

	@Test
	void roundValuesMatchWithinTheirRounding() {
		assertThat(matcher.rounded(bd("28000"), bd("27800"), Unit.PERSONS)).isTrue();
		assertThat(matcher.rounded(bd("28500"), bd("28800"), Unit.USD_PER_YEAR)).isTrue();
		assertThat(matcher.rounded(bd("28500"), bd("35780"), Unit.USD_PER_YEAR)).isFalse();
		assertThat(matcher.rounded(bd("13"), bd("13.5"), Unit.PERCENT)).isTrue();
		assertThat(matcher.rounded(bd("13.4"), bd("13.5"), Unit.PERCENT)).isFalse();
	}

	@Test
	void roundingStepIsReadFromTheValue() {
		assertThat(Units.roundingStep(bd("28500"))).isEqualByComparingTo("500");
		assertThat(Units.roundingStep(bd("28000"))).isEqualByComparingTo("1000");
		assertThat(Units.roundingStep(bd("37110"))).isEqualByComparingTo("10");
		assertThat(Units.roundingStep(bd("44324"))).isEqualByComparingTo("1");
	}

	private static BigDecimal bd(String v) {
		return new BigDecimal(v);
	}
}
