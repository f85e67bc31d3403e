package com.careerbrief.ingest.table.oews;

import java.math.BigDecimal;

/**
 * The wage BLS's {@code #} marker stands for in a given survey year: "equal to or greater than" this
 * hourly and annual wage. The same marker means different numbers in different years.
 *
 * @param hourly the hourly top-code in USD
 * @param annual the annual top-code in USD (hourly × 2,080)
 */
public record OewsTopCode(BigDecimal hourly, BigDecimal annual) {

	/**
	 * The top-code of a May survey year. Sources, checked against the files in input/oews/national:
	 * <ul>
	 * <li>2022 and later: $115.00/hr, $239,200/yr, stated in the 2022–2024 field descriptions; the
	 * largest published percentile in 2024 is 238,380, just below.</li>
	 * <li>2017–2021: $100.00/hr, $208,000/yr, stated in the 2018–2021 field descriptions. 2017 has no
	 * field descriptions here, but its data publish percentiles up to $97.40/hr and $202,590/yr, which
	 * rules out the older $90 top-code, so 2017 already used $100.</li>
	 * <li>2016 and earlier: $90.00/hr, $187,200/yr. Verified for 2013 only: its largest published
	 * percentiles are $89.93/hr and $187,050/yr. 2014–2016 are assumed (no files to check).</li>
	 * </ul>
	 */
	public static OewsTopCode forYear(int year) {
		if (year >= 2022) {
			return new OewsTopCode(new BigDecimal("115.00"), new BigDecimal("239200"));
		}
		if (year >= 2017) {
			return new OewsTopCode(new BigDecimal("100.00"), new BigDecimal("208000"));
		}
		return new OewsTopCode(new BigDecimal("90.00"), new BigDecimal("187200"));
	}

}
