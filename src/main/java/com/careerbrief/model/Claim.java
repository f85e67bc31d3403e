package com.careerbrief.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One thing a document (or a non-official table row) says: a figure or a fact, with its quotes.
 *
 * @param claimId stable id, unique within a run, e.g. "{documentId}#F3"
 * @param documentId the document (or source id for a generic-CSV row)
 * @param socCode the SOC 2018 code the claim is about, or null when unresolved
 * @param occupationAsWorded the occupation title used in the sentence, or null
 * @param figure true for a figure claim, false for a fact claim
 * @param metric figure claims: what is measured; null for facts
 * @param statisticAsWorded the words used ("national average salary", "top 10%")
 * @param statistic figure claims: the statistic as classified; null for facts
 * @param percentile for TOP_PERCENT/BOTTOM_PERCENT: N in "top N%", else 0
 * @param valueLow the value, or the low end of a range; null for facts
 * @param valueHigh the high end of a range, or null
 * @param unit unit of the values; null for facts
 * @param period reference period as stated, or inherited from the document date
 * @param place "United States" or a state name
 * @param comparator words such as "faster than average", or null
 * @param attribution "U.S. Bureau of Labor Statistics" if the sentence credits someone, else null
 * @param category fact claims: which kind of fact; null for figures
 * @param text fact claims: the fact in short form ("RHIT"); figures: a one-line summary
 * @param detail fact claims: extra detail (full name, issuing body, duration), or null
 * @param source publisher and file of the claim
 * @param quotes every sentence the claim was read from (duplicates within a document are merged)
 * @param statedAverage growth claims: the all-occupations growth the article itself gives for comparison
 *        ("…, which for all occupations is 5 percent"), in percent; else null
 */
public record Claim(String claimId, String documentId, String socCode, String occupationAsWorded, boolean figure,
		Metric metric, String statisticAsWorded, Statistic statistic, int percentile, BigDecimal valueLow,
		BigDecimal valueHigh, Unit unit, Period period, String place, String comparator, String attribution,
		FactCategory category, String text, String detail, SourceRef source, List<Quote> quotes,
		BigDecimal statedAverage) {

	/**
	 * Ends the detail of a fact whose name the article wrote out in full but without the acronym the fact is filed
	 * under: "Commission on Accreditation for Health Informatics and Information Management" filed as CAHIIM.
	 */
	public static final String MADE_UP_ACRONYM = " (acronym formed from the name's initials; not stated in the text)";

	/** A claim whose article gives no all-occupations average to compare with. */
	public Claim(String claimId, String documentId, String socCode, String occupationAsWorded, boolean figure,
			Metric metric, String statisticAsWorded, Statistic statistic, int percentile, BigDecimal valueLow,
			BigDecimal valueHigh, Unit unit, Period period, String place, String comparator, String attribution,
			FactCategory category, String text, String detail, SourceRef source, List<Quote> quotes) {
		this(claimId, documentId, socCode, occupationAsWorded, figure, metric, statisticAsWorded, statistic, percentile,
				valueLow, valueHigh, unit, period, place, comparator, attribution, category, text, detail, source, quotes,
				null);
	}

	/** True when the claim states a range rather than a single value. */
	public boolean isRange() {
		return valueHigh != null;
	}

	/**
	 * True for a figure a table states (a state agency's, or another source's in the generic figures CSV): a claim
	 * to check like an article's, but whose place and period its publisher stated in their own columns.
	 */
	public boolean fromTable() {
		return source != null && source.kind() != SourceKind.ARTICLE && source.kind() != SourceKind.OFFICIAL;
	}

	/** True when the fact's text is an acronym made from the initials of the name in its detail, not the article's. */
	public boolean acronymMadeUp() {
		return detail != null && detail.endsWith(MADE_UP_ACRONYM);
	}
}
