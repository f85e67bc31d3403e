package com.careerbrief.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.careerbrief.model.Bound;
import com.careerbrief.model.Unit;

class AmountsTests {

	@Test
	void annualPayInWholeDollarsHourlyInCents() {
		assertThat(Amounts.money(new BigDecimal("50250"), Unit.USD_PER_YEAR, Bound.EXACT)).isEqualTo("$50,250");
		assertThat(Amounts.money(new BigDecimal("24.16"), Unit.USD_PER_HOUR, Bound.EXACT)).isEqualTo("$24.16");
	}

	@Test
	void blsTopCodeIsABoundNotAPlainNumber() {
		assertThat(Amounts.money(new BigDecimal("239200"), Unit.USD_PER_YEAR, Bound.AT_LEAST)).isEqualTo("≥ $239,200");
		assertThat(Amounts.money(new BigDecimal("115"), Unit.USD_PER_HOUR, Bound.AT_LEAST)).isEqualTo("≥ $115.00");
	}

	@Test
	void projectionThousandsBecomePersons() {
		assertThat(Amounts.persons(new BigDecimal("14.2"), Unit.THOUSANDS_OF_PERSONS)).isEqualTo("14,200");
		assertThat(Amounts.persons(new BigDecimal("187910"), Unit.PERSONS)).isEqualTo("187,910");
		assertThat(Amounts.percent(new BigDecimal("7.1"))).isEqualTo("+7.1%");
		assertThat(Amounts.percent(new BigDecimal("-2.5"))).isEqualTo("-2.5%");
	}
}
