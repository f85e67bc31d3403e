package com.careerbrief.reconcile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.careerbrief.model.Metric;
import com.careerbrief.model.Note;
import com.careerbrief.model.OfficialFigure;
import com.careerbrief.model.Unit;
import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;

/**
 * Notes why an annual-pay claim that conflicts is probably an hourly rate given as annual pay: it is below
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
		Optional<Note> why = explanation(c, officials);
		return why.isEmpty() ? verdicts : verdicts.stream().map(v -> v.kind() == VerdictKind.CONFLICTS
				? v.withNote(why.get())
				: v).toList();
	}

	Optional<Note> explanation(NormalisedClaim c, OfficialFigures officials) {
		BigDecimal value = c.low();
		Optional<OfficialFigure> hourly = closest(c, officials.hourly(), value);
		if (hourly.isPresent()) {
			return Optional.of(new Note.HourlyEqualsHourly(value, hourly.get()));
		}
		BigDecimal hours = BigDecimal.valueOf(props.hoursPerYear());
		BigDecimal asAnnual = value.multiply(hours);
		List<OfficialFigure> annual = officials.all().stream().filter(o -> o.unit() == Unit.USD_PER_YEAR).toList();
		Optional<OfficialFigure> twin = closest(c, annual, asAnnual);
		if (twin.isPresent()) {
			return Optional.of(new Note.HourlyTimesHours(value, asAnnual, twin.get(),
					twin.get().value().divide(hours, 2, RoundingMode.HALF_UP)));
		}
		if (value.compareTo(hours) < 0) {
			return Optional.of(new Note.BelowOneDollarAnHour(value, hours, asAnnual));
		}
		return Optional.empty();
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
		return official.signum() > 0 && !FigureMatcher.clearlyApart(value, official, props.roundingTolerancePercent())
				&& value.subtract(official).abs().multiply(HUNDRED).compareTo(props.roundingTolerancePercent().multiply(official)) <= 0;
	}

	private static BigDecimal distance(BigDecimal value, BigDecimal official) {
		return value.subtract(official).abs().multiply(HUNDRED).divide(official, MathContext.DECIMAL64);
	}
}
