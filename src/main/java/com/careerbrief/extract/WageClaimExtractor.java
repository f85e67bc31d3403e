package com.careerbrief.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbrief.model.Metric;
import com.careerbrief.model.Period;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

/**
 * Reads pay figures from sentences: the value or range, the statistic as worded (average, median,
 * top 10%, entry-level…), annual or hourly, reference period, place and attribution.
 */
final class WageClaimExtractor {

	private static final Pattern MONEY = Pattern.compile("\\$\\s?(\\d[\\d,]*(?:\\.\\d+)?)\\s*([kK]\\b|thousand)?"
			+ "|\\b(\\d{1,3}(?:,\\d{3})+|\\d{4,7}|\\d+(?:\\.\\d+)?\\s*(?:k|thousand))\\s+(?:US\\s+|U\\.S\\.\\s+)?dollars\\b");

	private static final Pattern RANGE_JOIN = Pattern.compile("(?i)\\s*(?:to|-|–|—|and)\\s*");

	private static final Pattern PAY_WORDS = Pattern.compile("(?i)salar|wage|\\bpay|earn|income|compensation|\\bpaid"
			+ "|\\bmake\\b|annual|per year|a year|hour");

	private static final Pattern NOT_PAY = Pattern.compile("(?i)tuition|\\bcost|\\bfees?\\b|price|loan|debt|scholarship"
			+ "|grant|budget|revenue|bonus");

	private static final Pattern HOURLY = Pattern.compile("(?i)per hour|an hour|a hour|hourly|/\\s?h(?:ou)?r");

	private static final Pattern ANNUAL = Pattern.compile("(?i)per year|a year|annual|yearly|/\\s?yr|every year");

	/** One money amount or range found in a sentence. */
	private record Amount(BigDecimal low, BigDecimal high, int start, int end) {
	}

	List<ClaimDraft> extract(Sentence s, ExtractionContext ctx) {
		String t = s.text();
		if (!PAY_WORDS.matcher(t).find()) {
			return List.of();
		}
		List<Amount> amounts = amounts(t);
		List<ClaimDraft> drafts = new ArrayList<>();
		String prefix = amounts.isEmpty() ? "" : t.substring(0, amounts.get(0).start());
		for (int i = 0; i < amounts.size(); i++) {
			Amount a = amounts.get(i);
			String leading = t.substring(i == 0 ? 0 : amounts.get(i - 1).end(), a.start());
			String trailing = t.substring(a.end(), i + 1 < amounts.size() ? amounts.get(i + 1).start() : t.length());
			if (NOT_PAY.matcher(leading).find()) {
				continue;
			}
			drafts.add(draft(s, ctx, a, leading, trailing, prefix));
		}
		return drafts;
	}

	private ClaimDraft draft(Sentence s, ExtractionContext ctx, Amount a, String leading, String trailing,
			String prefix) {
		StatisticWording wording = StatisticWording.classify(leading, a.high() != null);
		Unit unit = HOURLY.matcher(trailing).find() || HOURLY.matcher(leading).find() ? Unit.USD_PER_HOUR
				: ANNUAL.matcher(trailing).find() || ANNUAL.matcher(leading).find() ? Unit.USD_PER_YEAR
						: a.low().compareTo(BigDecimal.valueOf(200)) < 0 ? Unit.USD_PER_HOUR : Unit.USD_PER_YEAR;
		ClaimDraft d = ClaimDraft.figure(Metric.WAGE, wording.statistic(), a.low(), a.high(), unit);
		d.statisticAsWorded = wording.asWorded();
		d.percentile = wording.percentile();
		Period period = FigureContext.period(trailing);
		period = period != null ? period : FigureContext.period(prefix);
		d.period = period != null ? period : ctx.inheritedPeriod();
		String place = FigureContext.lastPlace(leading);
		place = place != null ? place : FigureContext.lastPlace(prefix);
		place = place != null ? place : FigureContext.lastPlace(trailing);
		d.place = place != null ? place : FigureContext.UNITED_STATES;
		d.attribution = FigureContext.attribution(s, ctx);
		ctx.resolver().firstMention(s.text()).ifPresent(m -> {
			d.occupationAsWorded = m.asWorded();
			d.socCode = m.socCode();
		});
		return d.quote(s.quote());
	}

	private static List<Amount> amounts(String t) {
		List<int[]> spans = new ArrayList<>();
		List<BigDecimal> values = new ArrayList<>();
		Matcher m = MONEY.matcher(t);
		while (m.find()) {
			String raw = m.group(1) != null ? m.group(1) + (m.group(2) != null ? "k" : "") : m.group(3).replace("thousand", "k");
			values.add(NumberText.parse(raw.replace(" ", "")));
			spans.add(new int[] { m.start(), m.end() });
		}
		List<Amount> amounts = new ArrayList<>();
		for (int i = 0; i < spans.size(); i++) {
			boolean range = i + 1 < spans.size()
					&& RANGE_JOIN.matcher(t.substring(spans.get(i)[1], spans.get(i + 1)[0])).matches()
					&& (!t.substring(spans.get(i)[1], spans.get(i + 1)[0]).contains("and")
							|| t.substring(0, spans.get(i)[0]).toLowerCase().endsWith("between "));
			if (range) {
				amounts.add(new Amount(values.get(i), values.get(i + 1), spans.get(i)[0], spans.get(i + 1)[1]));
				i++;
			}
			else {
				amounts.add(new Amount(values.get(i), null, spans.get(i)[0], spans.get(i)[1]));
			}
		}
		return amounts;
	}
}
