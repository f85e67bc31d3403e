package com.careerbrief.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.careerbrief.model.Period;
import com.careerbrief.model.Unit;

/**
 * Finds the official figures a claim equals after rounding, across every year, statistic, code and
 * place of the occupation. To keep coincidences out, a match on another statistic (mislabelling) or
 * another place must be exact (and not both at once), and a claim that states a projection period only meets that period.
 */
final class FigureMatcher {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final ReconcileProperties props;

	FigureMatcher(ReconcileProperties props) {
		this.props = props;
	}

	/** The best match: fitting statistic, same place, exact, own code, newest; empty when none. */
	Optional<Match> best(NormalisedClaim claim, OfficialFigures officials) {
		return matches(claim, officials).stream().max(Comparator.comparing(Match::statisticFits)
				.thenComparing(Match::samePlace).thenComparing(Match::exact)
				.thenComparing(m -> m.official().ownCode())
				.thenComparing(Match::official, OfficialFigure.OLDEST_FIRST));
	}

	List<Match> matches(NormalisedClaim claim, OfficialFigures officials) {
		return officials.all().stream().filter(o -> comparable(claim, o)).map(o -> match(claim, o))
				.flatMap(Optional::stream).toList();
	}

	private boolean comparable(NormalisedClaim claim, OfficialFigure o) {
		if (o.figure().metric() != claim.claim().metric() || o.unit() != claim.unit()) {
			return false;
		}
		return !claim.statesProjection() || samePeriod(claim.period(), o.figure().period());
	}

	static boolean samePeriod(Period a, Period b) {
		return a.startYear() == b.startYear() && a.endYear() == b.endYear();
	}

	private Optional<Match> match(NormalisedClaim claim, OfficialFigure o) {
		boolean fits = StatisticFit.fits(claim.statistic(), claim.claim().percentile(), o.figure().statistic());
		boolean samePlace = o.figure().area().equals(claim.place());
		boolean exact = exact(claim.low(), o.value(), claim.unit());
		// Exact is enough on another statistic (mislabelled) or in another place, not on both at once.
		boolean exactInReach = exact && (fits || samePlace);
		if (exactInReach || fits && samePlace && rounded(claim.low(), o.value(), claim.unit())) {
			return Optional.of(new Match(o, exact, fits, samePlace));
		}
		return Optional.empty();
	}

	boolean exact(BigDecimal claimed, BigDecimal official, Unit unit) {
		BigDecimal gap = claimed.subtract(official).abs();
		if (unit == Unit.PERCENT) {
			return gap.compareTo(props.exactPointsTolerance()) <= 0;
		}
		return gap.compareTo(percentOf(official, props.exactTolerancePercent())) <= 0;
	}

	/** Equal once the author's rounding is allowed for: half the rounding step, or the configured tolerance. */
	boolean rounded(BigDecimal claimed, BigDecimal official, Unit unit) {
		BigDecimal gap = claimed.subtract(official).abs();
		BigDecimal step = Units.roundingStep(claimed);
		if (unit == Unit.PERCENT) {
			return step.compareTo(BigDecimal.ONE) >= 0 && gap.compareTo(props.growthTolerancePoints()) <= 0;
		}
		if (step.compareTo(props.roundNumberStep()) < 0) {
			return false;
		}
		BigDecimal tolerance = unit == Unit.PERSONS ? props.countTolerancePercent() : props.roundingTolerancePercent();
		BigDecimal allowed = percentOf(official, tolerance).max(step.divide(BigDecimal.valueOf(2)));
		return gap.compareTo(allowed) <= 0;
	}

	private static BigDecimal percentOf(BigDecimal value, BigDecimal percent) {
		return value.abs().multiply(percent).divide(HUNDRED, 6, RoundingMode.HALF_UP);
	}

	/** Signed distance of the claim from the figure, in percent of the figure (points for percents). */
	static BigDecimal distancePercent(BigDecimal claimed, OfficialFigure o) {
		if (o.unit() == Unit.PERCENT) {
			return claimed.subtract(o.value());
		}
		return claimed.subtract(o.value()).multiply(HUNDRED).divide(o.value(), 1, RoundingMode.HALF_UP);
	}
}
