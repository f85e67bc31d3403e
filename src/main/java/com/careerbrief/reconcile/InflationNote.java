package com.careerbrief.reconcile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import com.careerbrief.model.Metric;
import com.careerbrief.model.Unit;
import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;

/**
 * Adds to the OUTDATED verdict of a wage claim what its older figure is worth in today's dollars
 * (CPI-U), so a counselor sees how much of the gap is inflation. It explains and never re-judges: the
 * verdict kind, figure and distance stay as they were, and the sentence says the adjusted value is
 * careerbrief's, not a published figure.
 */
final class InflationNote {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final CpiIndex cpi;

	InflationNote(CpiIndex cpi) {
		this.cpi = cpi;
	}

	/** The verdicts with the OUTDATED one of a matched older wage extended; unchanged without a CPI table. */
	List<Verdict> annotate(NormalisedClaim c, Match m, List<Verdict> verdicts, OfficialFigures officials) {
		if (cpi.isEmpty() || c.claim().metric() != Metric.WAGE || c.unit() != Unit.USD_PER_YEAR) {
			return verdicts;
		}
		return verdicts.stream().map(v -> v.kind() == VerdictKind.OUTDATED ? extend(v, c, m.official(), officials) : v)
				.toList();
	}

	private Verdict extend(Verdict v, NormalisedClaim c, OfficialFigure old, OfficialFigures officials) {
		Optional<OfficialFigure> today = officials.all().stream().filter(o -> o.figure() == v.checkedAgainst()).findFirst();
		if (today.isEmpty() || today.get().unit() != Unit.USD_PER_YEAR) {
			return v;
		}
		return sentence(c.low(), old.figure().period().endYear(), today.get())
				.map(v::withNote)
				.orElse(v);
	}

	/** "In 2024 dollars (CPI-U), $37,110 of 2015 is about $49,100, 2.3% below today's median of $50,250; …" */
	Optional<String> sentence(BigDecimal value, int fromYear, OfficialFigure today) {
		int toYear = today.figure().period().endYear();
		if (fromYear <= 0 || fromYear >= toYear) {
			return Optional.empty();
		}
		return cpi.adjust(value, fromYear, toYear).map(adjusted -> "In " + toYear + " dollars (CPI-U), "
				+ money(value) + " of " + fromYear + " is about " + money(adjusted.setScale(-2, RoundingMode.HALF_UP))
				+ ", " + relation(adjusted, today.value()) + " today's " + MatchVerdicts.shortMeasure(today) + " of "
				+ Wording.value(today) + "; adjusted for inflation by careerbrief, not a figure published by BLS.");
	}

	/** "2.3% below", "4.1% above", "close to" (within half a percent). */
	private static String relation(BigDecimal adjusted, BigDecimal today) {
		BigDecimal percent = adjusted.subtract(today).multiply(HUNDRED).divide(today, MathContext.DECIMAL64)
				.setScale(1, RoundingMode.HALF_UP);
		if (percent.abs().compareTo(new BigDecimal("0.5")) < 0) {
			return "close to";
		}
		return Wording.distance(percent, Unit.USD_PER_YEAR);
	}

	private static String money(BigDecimal v) {
		return Wording.value(v, Unit.USD_PER_YEAR, Metric.WAGE);
	}
}
