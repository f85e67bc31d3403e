package com.careerbrief.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.careerbrief.model.Period;

class OutlookWordingTests {

	private final OutlookWording wording = new OutlookWording();

	@Test
	void medicalRecordsSpecialistsGrowMuchFasterThanThe2024To34Average() {
		// EP 2024–34: 29-2072 +7.1% against 3.1% for all occupations.
		assertThat(wording.words(new BigDecimal("7.1"), Period.projection(2024, 2034))).contains("much faster than average");
	}

	@Test
	void bandsAreMeasuredAgainstTheProjectionsOwnAverage() {
		// The same +7.1% was only about average in 2016–26, when all occupations grew 7.4%.
		assertThat(wording.words(new BigDecimal("7.1"), Period.projection(2016, 2026))).contains("about as fast as average");
		// 29-2071 in 2016–26: +13.5%, between one point above and twice the 7.4% average.
		assertThat(wording.words(new BigDecimal("13.5"), Period.projection(2016, 2026))).contains("faster than average");
	}

	@Test
	void everyBandFor2024To34() {
		assertThat(OutlookWording.words(6.2, 3.1)).isEqualTo("much faster than average");
		assertThat(OutlookWording.words(5.0, 3.1)).isEqualTo("faster than average");
		assertThat(OutlookWording.words(3.1, 3.1)).isEqualTo("about as fast as average");
		assertThat(OutlookWording.words(1.5, 3.1)).isEqualTo("slower than average");
		assertThat(OutlookWording.words(0.4, 3.1)).isEqualTo("little or no change");
		assertThat(OutlookWording.words(-4.0, 3.1)).isEqualTo("decline");
	}

	@Test
	void reproducesTheHandbooks2006To16KeyPhraseTable() {
		// OOH 2008–09 key phrases (average 10.4%): much faster 21%+, faster 14–20%, about as fast 7–13%, more slowly 3–6%.
		assertThat(OutlookWording.words(21, 10.4)).isEqualTo("much faster than average");
		assertThat(OutlookWording.words(14, 10.4)).isEqualTo("faster than average");
		assertThat(OutlookWording.words(20, 10.4)).isEqualTo("faster than average");
		assertThat(OutlookWording.words(7.5, 10.4)).isEqualTo("about as fast as average");
		assertThat(OutlookWording.words(13, 10.4)).isEqualTo("about as fast as average");
		assertThat(OutlookWording.words(6, 10.4)).isEqualTo("slower than average");
		assertThat(OutlookWording.words(3, 10.4)).isEqualTo("slower than average");
	}

	@Test
	void unknownProjectionGetsNoWordsRatherThanAGuess() {
		assertThat(wording.words(new BigDecimal("9"), Period.projection(2023, 2030))).isEmpty();
	}
}
