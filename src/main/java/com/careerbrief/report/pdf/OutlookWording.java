package com.careerbrief.report.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

import com.careerbrief.model.Period;

/**
 * Puts a projected percent change into the Occupational Outlook Handbook's words ("much faster than
 * average"), by the key-phrase table BLS published for that projection, else measured against the growth of
 * all occupations in the same projection.
 *
 * <p>Published "Key phrases in the Handbook" tables, each applied exactly (whole percents, as the Handbook
 * rounds them):
 * <ul>
 * <li>2002–12 (OOH 2004–05, bls.gov/oco/oco20016.htm as archived at
 * https://webharvest.gov/peth04/20041111070139/http://bls.gov/oco/oco20016.htm): much faster 36% or more,
 * faster 21–35%, about as fast 10–20%, more slowly 3–9%, little or no growth 0–2%, decline 1% or more;</li>
 * <li>2006–16 (OOH 2008–09, same page as archived at
 * https://webarchive.library.unt.edu/eot2008/20080917062239/http:/www.bls.gov/oco/oco20016.htm): much faster
 * 21% or more, faster 14–20%, about as fast 7–13%, more slowly 3–6%, little or no change −2% to 2%, decline
 * 3% or more;</li>
 * <li>2008–18 (OOH 2010–11, the table as reproduced at http://www.healthguideusa.mobi/careers/key_phrases.htm):
 * the same but much faster from 20% and faster 14–19%.</li>
 * </ul>
 * "More slowly" is worded "slower than average" and "little or no growth" "little or no change", as for the
 * other projections.
 *
 * <p>No table for a later projection was found (the redesigned OOH of 2012 dropped the page), so for those
 * the bands keep the published tables' shape, proportional to the projection's all-occupations average:
 * much faster = at least twice the average; about as fast = within 30% of the average (at least one point);
 * faster / slower = above / below that; little or no change = −1% to 1% (the ±2% of the old tables would
 * swallow "about as fast" when the average is 3%); decline = below −1%. For 2024–34 (average 3.1%) that
 * gives 6.2% and up "much faster", above 4.1% "faster", 2.1–4.1% "about as fast". That is a documented
 * reconstruction, not a published rule.
 */
final class OutlookWording {

	/** One published key-phrase table: the lowest whole percent of each band, from "much faster" down. */
	private record KeyPhrases(int muchFaster, int faster, int asFast, int slower, int littleOrNoChange) {

		String words(BigDecimal change) {
			int pct = change.setScale(0, RoundingMode.HALF_UP).intValue();
			return pct >= muchFaster ? "much faster than average" : pct >= faster ? "faster than average"
					: pct >= asFast ? "about as fast as average" : pct >= slower ? "slower than average"
							: pct >= littleOrNoChange ? "little or no change" : "decline";
		}
	}

	/** The Handbook's published key-phrase tables, by projection (see the class comment for the sources). */
	private static final Map<String, KeyPhrases> PUBLISHED = Map.of(
			"2002–12", new KeyPhrases(36, 21, 10, 3, 0),
			"2006–16", new KeyPhrases(21, 14, 7, 3, -2),
			"2008–18", new KeyPhrases(20, 14, 7, 3, -2));

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

	/**
	 * The words for a change in a projection: its published key-phrase table's, else by its all-occupations
	 * average; empty when neither is known.
	 */
	Optional<String> words(BigDecimal changePercent, Period projection) {
		String key = Period.projection(projection.startYear(), projection.endYear()).label();
		if (PUBLISHED.containsKey(key)) {
			return Optional.of(PUBLISHED.get(key).words(changePercent));
		}
		BigDecimal average = averages.get(key);
		return average == null ? Optional.empty() : Optional.of(words(changePercent.doubleValue(), average.doubleValue()));
	}

	/** The proportional reconstruction, for a projection with no published table. */
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
