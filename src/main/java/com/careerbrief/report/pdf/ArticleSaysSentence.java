package com.careerbrief.report.pdf;

import com.careerbrief.model.Claim;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

/**
 * Says in plain words what an article's figure claims, as the brief puts it beside what holds: "An article
 * says the average is $37,110." (The workbook's Reasons state a claim with its place and period, in
 * {@code report/verdict}.)
 */
final class ArticleSaysSentence {

	private ArticleSaysSentence() {
	}

	static String sentence(Claim claim) {
		return "An article says " + what(claim) + ".";
	}

	static String what(Claim c) {
		if (c.metric() == null || c.valueLow() == null) {
			return "“" + c.text() + "”";
		}
		return switch (c.metric()) {
			case WAGE -> wage(c);
			case EMPLOYMENT_CHANGE_PERCENT -> "employment will " + (c.valueLow().signum() < 0 ? "change " : "grow ")
					+ Amounts.plain(c.valueLow()) + "%" + over(c);
			case EMPLOYMENT_CHANGE_COUNT -> Amounts.persons(c.valueLow(), c.unit()) + " jobs will be added" + over(c);
			case OPENINGS -> "there will be " + Amounts.persons(c.valueLow(), c.unit()) + " job openings" + over(c);
			case EMPLOYMENT -> Amounts.persons(c.valueLow(), c.unit()) + " people hold these jobs";
			default -> "“" + c.text() + "”";
		};
	}

	private static String wage(Claim c) {
		String low = money(c, c.valueLow());
		if (c.isRange()) {
			return "pay ranges from " + low + " to " + money(c, c.valueHigh());
		}
		int n = c.percentile() > 0 ? c.percentile() : 10;
		Statistic s = c.statistic() == null ? Statistic.AVERAGE_AS_WORDED : c.statistic();
		return switch (s) {
			case AVERAGE_AS_WORDED -> "the average is " + low;
			case MEAN -> "the mean (average) pay is " + low;
			case MEDIAN -> "the median pay is " + low;
			case P10, BOTTOM_PERCENT -> "the bottom " + n + "% earn " + low + " or less";
			case P90, TOP_PERCENT -> "the top " + n + "% earn " + low + " or more";
			case P25 -> "a quarter earn " + low + " or less";
			case P75 -> "a quarter earn " + low + " or more";
			case TOP_EARNERS, EXPERIENCED -> "top earners make " + low;
			case ENTRY_LEVEL -> "entry-level pay is " + low;
			default -> "pay is " + low;
		};
	}

	private static String money(Claim c, java.math.BigDecimal value) {
		Unit unit = c.unit() == null ? Unit.USD_PER_YEAR : c.unit();
		return Amounts.money(value, unit, com.careerbrief.model.Bound.EXACT) + (unit == Unit.USD_PER_HOUR ? " an hour" : "");
	}

	private static String over(Claim c) {
		return c.period() == null || c.period().isUnstated() ? "" : " over " + c.period().label();
	}
}
