package com.careerbrief.reconcile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.careerbrief.model.Metric;
import com.careerbrief.model.Unit;
import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;

/**
 * Says why an annual-pay claim that conflicts is probably an hourly rate given as annual pay: it is below
 * the pay of one full-time year at $1 an hour, or it equals an official hourly wage (as published, or an
 * annual figure divided by the hours of a year), and names that figure.
 */
final class HourlyAsAnnual {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final ReconcileProperties props;

	HourlyAsAnnual(ReconcileProperties props) {
		this.props = props;
	}

	/** The verdicts with the CONFLICTS one explained when the claim looks like an hourly rate; else unchanged. */
	List<Verdict> annotate(NormalisedClaim c, List<Verdict> verdicts, OfficialFigures officials) {
		if (c.claim().metric() != Metric.WAGE || c.claim().unit() != Unit.USD_PER_YEAR || c.isRange()) {
			return verdicts;
		}
		Optional<String> why = explanation(c, officials);
		return why.isEmpty() ? verdicts : verdicts.stream().map(v -> v.kind() == VerdictKind.CONFLICTS
				? v.withNote(why.get())
				: v).toList();
	}

	Optional<String> explanation(NormalisedClaim c, OfficialFigures officials) {
		BigDecimal value = c.low();
		String lead = "It looks like an hourly rate given as annual pay: " + dollars(value);
		Optional<OfficialFigure> hourly = closest(c, officials.hourly(), value);
		if (hourly.isPresent()) {
			return Optional.of(lead + " a year equals the " + describe(hourly.get(), c) + ", "
					+ Wording.value(hourly.get()) + " (" + Wording.source(hourly.get()) + ").");
		}
		BigDecimal hours = BigDecimal.valueOf(props.hoursPerYear());
		BigDecimal asAnnual = value.multiply(hours);
		List<OfficialFigure> annual = officials.all().stream().filter(o -> o.unit() == Unit.USD_PER_YEAR).toList();
		Optional<OfficialFigure> twin = closest(c, annual, asAnnual);
		if (twin.isPresent()) {
			BigDecimal perHour = twin.get().value().divide(hours, 2, RoundingMode.HALF_UP);
			return Optional.of(lead + " an hour is " + annual(asAnnual) + " a year at full time, the "
					+ describe(twin.get(), c) + ": " + Wording.value(twin.get()) + " a year, about "
					+ Wording.value(perHour, Unit.USD_PER_HOUR, Metric.WAGE) + " (" + Wording.source(twin.get()) + ").");
		}
		if (value.compareTo(hours) < 0) {
			return Optional.of(lead + " a year is less than a full-time year pays at $1 an hour (" + annual(hours)
					+ "); as an hourly rate it would be " + annual(asAnnual) + " a year.");
		}
		return Optional.empty();
	}

	/** "$24.16", "$24": the claim's digits, which annual-pay wording would round away. */
	private static String dollars(BigDecimal v) {
		BigDecimal s = v.stripTrailingZeros();
		return "$" + Wording.number(s.scale() > 0 ? s.setScale(2, RoundingMode.HALF_UP) : s);
	}

	private static String annual(BigDecimal v) {
		return Wording.value(v, Unit.USD_PER_YEAR, Metric.WAGE);
	}

	/** "official hourly median in May 2024", with the place when it is not the claim's. */
	private static String describe(OfficialFigure o, NormalisedClaim c) {
		String place = o.figure().area().equals(c.place()) ? "" : " for " + o.figure().area();
		String hourly = o.figure().unit() == Unit.USD_PER_HOUR ? "official hourly " : "official ";
		return hourly + MatchVerdicts.shortMeasure(o) + " " + Wording.when(o.figure()) + place;
	}

	/** The wage figure within the rounding tolerance of {@code value}: same place first, then nearest, then newest. */
	private Optional<OfficialFigure> closest(NormalisedClaim c, List<OfficialFigure> figures, BigDecimal value) {
		return figures.stream().filter(o -> o.figure().metric() == Metric.WAGE && within(value, o.value()))
				.max(Comparator.comparing((OfficialFigure o) -> o.figure().area().equals(c.place()))
						.thenComparing(o -> distance(value, o.value()), Comparator.reverseOrder())
						.thenComparing(OfficialFigure.OLDEST_FIRST));
	}

	/**
	 * |value − official| ≤ tolerance% of official, compared exactly by multiplying out instead of dividing:
	 * it runs over every wage figure of the occupation, and the division was the step's costliest call.
	 */
	private boolean within(BigDecimal value, BigDecimal official) {
		return official.signum() > 0 && value.subtract(official).abs().multiply(HUNDRED)
			.compareTo(props.roundingTolerancePercent().multiply(official)) <= 0;
	}

	private static BigDecimal distance(BigDecimal value, BigDecimal official) {
		return value.subtract(official).abs().multiply(HUNDRED).divide(official, MathContext.DECIMAL64);
	}
}
