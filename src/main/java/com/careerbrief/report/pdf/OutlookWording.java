package com.careerbrief.report.pdf;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import com.careerbrief.model.Period;

/**
 * Puts a projected percent change into the Occupational Outlook Handbook's words ("much faster than
 * average"), measured against the growth of all occupations in the same projection.
 *
 * <p>The Handbook words the outlook relative to each projection's all-occupations average. Its
 * published "Key phrases in the Handbook" tables read, for 2006–16 (all occupations +10.4%; OOH 2008–09,
 * bls.gov/oco/oco20016.htm as archived at
 * https://webarchive.library.unt.edu/eot2008/20080917062239/http:/www.bls.gov/oco/oco20016.htm):
 * much faster than average 21% or more, faster 14–20%, about as fast 7–13%, more slowly 3–6%, little or
 * no change −2% to +2%; and for 2008–18 (+10.1%; OOH 2010–11) the same but much faster from 20%. The
 * 2002–12 table (OOH 2004–05) had wider bands for a higher average (much faster 36%+, about as fast 10–20%).
 * Below −2% they read "decline". The bands are proportional to the average: "much faster" starts at about twice
 * it, "about as fast" spans it give or take 30%. The bands below keep that shape so they work for
 * today's low averages: much faster = at least twice the average; about as fast = within 30% of the
 * average (at least one point); faster / slower = above / below that; little or no change = −1% to 1%
 * (the ±2% of the old tables would swallow "about as fast" when the average is 3%); decline = below −1%.
 * For 2024–34 (average 3.1%) that gives 6.2% and up "much faster", above 4.1% "faster", 2.1–4.1% "about
 * as fast". No key-phrase table of a current edition was found to check against, so for today's
 * projections this is a documented reconstruction, tested against the 2006–16 table.
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
		double band = Math.max(1, 0.3 * average);
		if (change > average + band) {
			return "faster than average";
		}
		if (change >= average - band) {
			return "about as fast as average";
		}
		return "slower than average";
	}
}
