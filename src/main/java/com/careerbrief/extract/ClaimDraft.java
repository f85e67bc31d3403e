package com.careerbrief.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.careerbrief.model.Claim;
import com.careerbrief.model.FactCategory;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Period;
import com.careerbrief.model.Quote;
import com.careerbrief.model.SourceRef;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.model.Words;

/** A claim being assembled by an extractor, before duplicates are merged and ids assigned. */
final class ClaimDraft {

	boolean figure;
	Metric metric;
	String statisticAsWorded;
	Statistic statistic;
	int percentile;
	BigDecimal valueLow;
	BigDecimal valueHigh;
	Unit unit;
	Period period;
	String place;
	String comparator;
	BigDecimal statedAverage;
	String attribution;
	FactCategory category;
	String text;
	String detail;
	String occupationAsWorded;
	String socCode;
	final List<Quote> quotes = new ArrayList<>();

	static ClaimDraft figure(Metric metric, Statistic statistic, BigDecimal low, BigDecimal high, Unit unit) {
		ClaimDraft d = new ClaimDraft();
		d.figure = true;
		d.metric = metric;
		d.statistic = statistic;
		d.valueLow = low;
		d.valueHigh = high;
		d.unit = unit;
		return d;
	}

	static ClaimDraft fact(FactCategory category, String text, String detail, Quote quote) {
		ClaimDraft d = new ClaimDraft();
		d.category = category;
		d.text = text;
		d.detail = detail;
		d.quotes.add(quote);
		return d;
	}

	ClaimDraft quote(Quote quote) {
		quotes.add(quote);
		return this;
	}

	/** What makes two drafts the same claim within one document. */
	String mergeKey() {
		if (!figure) {
			return category + "|" + text.toLowerCase().replaceAll("[^a-z0-9]+", " ").trim();
		}
		return metric + "|" + statistic + "|" + percentile + "|" + num(valueLow) + "|" + num(valueHigh) + "|" + unit + "|"
				+ (period == null ? "" : period.label()) + "|" + place + "|" + (text == null ? "" : text.toLowerCase());
	}

	private static String num(BigDecimal v) {
		return v == null ? "" : v.stripTrailingZeros().toPlainString();
	}

	void absorb(ClaimDraft other) {
		other.quotes.stream().filter(q -> quotes.stream().noneMatch(k -> k.start() == q.start())).forEach(quotes::add);
		attribution = attribution != null ? attribution : other.attribution;
		comparator = comparator != null ? comparator : other.comparator;
		statedAverage = statedAverage != null ? statedAverage : other.statedAverage;
		if (other.detail != null && (detail == null || other.detail.length() > detail.length())) {
			detail = other.detail;
		}
		occupationAsWorded = occupationAsWorded != null ? occupationAsWorded : other.occupationAsWorded;
	}

	int firstOffset() {
		return quotes.stream().mapToInt(Quote::start).min().orElse(Integer.MAX_VALUE);
	}

	Claim build(String claimId, String documentId, String subjectSoc, SourceRef source) {
		String summary = text != null ? text : summary();
		return new Claim(claimId, documentId, socCode != null ? socCode : subjectSoc, occupationAsWorded, figure, metric,
				statisticAsWorded, statistic, percentile, valueLow, valueHigh, unit, period, place, comparator,
				attribution, category, summary, detail, source, List.copyOf(quotes), statedAverage);
	}

	/** "average (“national average salary”) $44,324 (as of 2025, United States)": the Claims sheet's statement. */
	private String summary() {
		String value = Words.value(valueLow, unit, metric) + (valueHigh != null ? "–" + Words.value(valueHigh, unit, metric) : "");
		String worded = statisticAsWorded == null || statisticAsWorded.isBlank() ? "" : " (“" + statisticAsWorded.strip() + "”)";
		String measure = statistic == Statistic.TOP_PERCENT || statistic == Statistic.BOTTOM_PERCENT
				? Words.statistic(statistic, percentile) : Words.measure(metric, statistic);
		return measure + worded + " " + value + " (" + (period == null ? "" : period.label()) + ", "
				+ place + ")";
	}
}
