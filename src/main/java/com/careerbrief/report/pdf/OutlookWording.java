package com.careerbrief.report.pdf;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import com.careerbrief.model.Period;

/**
 * Puts a projected percent change into the Occupational Outlook Handbook's words ("much faster than
 * average"), measured against the growth of all occupations in the same projection.
 *
 * <p>BLS words the outlook relative to the all-occupations average of each projection, not with fixed
 * percents: in the 2006–16 Handbook, with an average near 10%, "much faster" meant 21% or more (about
 * twice the average) and "about as fast" 7 to 13% (the average give or take 3 points). The bands below
 * keep that shape for today's low averages: much faster = at least twice the average; faster = more
 * than one point above it; about as fast = within one point; slower = above 1% but more than one point
 * below; little or no change = −1% to 1%; decline = below −1%. For 2024–34 (average 3.1%) that gives
 * 6.2% and up "much faster", 4.1–6.2% "faster", 2.1–4.1% "as fast as average". These bands are a
 * documented reconstruction, not a copy of the current Handbook table.
 */
final class OutlookWording {

	/** All-occupations employment growth for each BLS projection, percent (BLS Employment Projections news releases). */
	static final Map<String, BigDecimal> ALL_OCCUPATIONS_GROWTH = Map.of(
			"2014–24", new BigDecimal("6.5"),
			"2016–26", new BigDecimal("7.4"),
			"2019–29", new BigDecimal("3.7"),
			"2021–31", new BigDecimal("5.3"),
			"2022–32", new BigDecimal("2.8"),
			"2023–33", new BigDecimal("4.0"),
			"2024–34", new BigDecimal("3.1"));

	private final Map<String, BigDecimal> averages;

	OutlookWording() {
		this(ALL_OCCUPATIONS_GROWTH);
	}

	OutlookWording(Map<String, BigDecimal> averages) {
		this.averages = averages;
	}

	/** The words for a change in a projection, or empty when that projection's average is not known. */
	Optional<String> words(BigDecimal changePercent, Period projection) {
		String key = Period.projection(projection.startYear(), projection.endYear()).label();
		BigDecimal average = averages.get(key);
		return average == null ? Optional.empty() : Optional.of(words(changePercent.doubleValue(), average.doubleValue()));
	}

	static String words(double change, double average) {
		if (change < -1) {
			return "decline";
		}
		if (change <= 1) {
			return "little or no change";
		}
		if (change >= 2 * average) {
			return "much faster than average";
		}
		if (change > average + 1) {
			return "faster than average";
		}
		if (change >= average - 1) {
			return "about as fast as average";
		}
		return "slower than average";
	}
}
