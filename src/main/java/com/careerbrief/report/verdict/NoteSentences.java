package com.careerbrief.report.verdict;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import com.careerbrief.model.Metric;
import com.careerbrief.model.Note;
import com.careerbrief.model.OfficialFigure;
import com.careerbrief.model.Unit;
import com.careerbrief.model.Words;

/** Puts a verdict's notes into words: inflation, and an hourly rate given as annual pay. */
final class NoteSentences {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private NoteSentences() {
	}

	static String of(StatedClaim c, Note note) {
		if (note instanceof Note.Inflation i) {
			return inflation(i);
		}
		if (note instanceof Note.HourlyEqualsHourly h) {
			return lead(h.value()) + " a year equals the " + describe(h.hourly(), c) + ", " + Words.value(h.hourly()) + " ("
					+ Words.source(h.hourly()) + ").";
		}
		if (note instanceof Note.HourlyTimesHours h) {
			return lead(h.value()) + " an hour is " + annual(h.asAnnual()) + " a year at full time, the "
					+ describe(h.twin(), c) + ": " + Words.value(h.twin()) + " a year, about "
					+ Words.value(h.perHour(), Unit.USD_PER_HOUR, Metric.WAGE) + " (" + Words.source(h.twin()) + ").";
		}
		if (note instanceof Note.BelowOneDollarAnHour b) {
			return lead(b.value()) + " a year is less than a full-time year pays at $1 an hour (" + annual(b.hours())
					+ "); as an hourly rate it would be " + annual(b.asAnnual()) + " a year.";
		}
		throw new IllegalArgumentException("No words for " + note);
	}

	/** "In 2024 dollars (CPI-U), $37,110 of 2015 is about $49,100, 2.3% below today's median of $50,250; …" */
	private static String inflation(Note.Inflation i) {
		OfficialFigure today = i.today();
		return "In " + today.figure().period().endYear() + " dollars (CPI-U), " + annual(i.value()) + " of " + i.fromYear()
				+ " is about " + annual(i.adjusted().setScale(-2, RoundingMode.HALF_UP)) + ", " + relation(i.adjusted(),
						today.value()) + " today's " + Sentences.shortMeasure(today) + " of " + Words.value(today)
				+ "; adjusted for inflation by careerbrief, not a figure published by BLS.";
	}

	/** "2.3% below", "4.1% above", "close to" (within half a percent). */
	private static String relation(BigDecimal adjusted, BigDecimal today) {
		BigDecimal percent = adjusted.subtract(today).multiply(HUNDRED).divide(today, MathContext.DECIMAL64)
				.setScale(1, RoundingMode.HALF_UP);
		if (percent.abs().compareTo(new BigDecimal("0.5")) < 0) {
			return "close to";
		}
		return Words.distance(percent, Unit.USD_PER_YEAR);
	}

	private static String lead(BigDecimal value) {
		return "It looks like an hourly rate given as annual pay: " + dollars(value);
	}

	/** "$24.16", "$24": the claim's digits, which annual-pay wording would round away. */
	private static String dollars(BigDecimal v) {
		BigDecimal s = v.stripTrailingZeros();
		return "$" + Words.number(s.scale() > 0 ? s.setScale(2, RoundingMode.HALF_UP) : s);
	}

	private static String annual(BigDecimal v) {
		return Words.value(v, Unit.USD_PER_YEAR, Metric.WAGE);
	}

	/** "official hourly median in May 2024", with the place when it is not the claim's. */
	private static String describe(OfficialFigure o, StatedClaim c) {
		String place = o.figure().area().equals(c.footing().place()) ? "" : " for " + o.figure().area();
		String hourly = o.figure().unit() == Unit.USD_PER_HOUR ? "official hourly " : "official ";
		return hourly + Sentences.shortMeasure(o) + " " + Words.when(o.figure()) + place;
	}
}
