package com.careerbrief.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.careerbrief.model.OfficialFigure;
import com.careerbrief.model.Period;
import com.careerbrief.model.Rounding;
import com.careerbrief.model.Unit;

/**
 * Finds the official figures a claim equals after rounding, across every year, statistic, code and
 * place of the occupation. To keep coincidences out, a match on another statistic (mislabelling) or
 * another place must be exact (and not both at once), a pay claim equal to anything but the current figure
 * of its statistic and place must equal its published digits (copy tolerance), and a claim that states a
 * projection period only meets that period. A table's figure (a state agency's) only meets figures of the
 * place its publisher names.
 */
final class FigureMatcher {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final ReconcileProperties props;

	FigureMatcher(ReconcileProperties props) {
		this.props = props;
	}

	/**
	 * The best match: of the year the claim states, same place (a national claim meets one of 50 state
	 * figures by chance as easily as another statistic, and calling a median an average is the commoner
	 * error), fitting statistic, exact (unless the claim is a round number, whose exactness proves
	 * nothing), own code, newest; empty when none.
	 */
	Optional<Match> best(NormalisedClaim claim, OfficialFigures officials) {
		boolean round = Rounding.step(claim.low()).compareTo(props.roundNumberStep().multiply(BigDecimal.valueOf(5))) >= 0;
		return matches(claim, officials).stream().max(Comparator.comparing((Match m) -> statedYear(claim, m))
				.thenComparing(Match::samePlace).thenComparing(Match::statisticFits)
				.thenComparing(m -> m.exact() && !round)
				.thenComparing(m -> m.official().ownCode())
				.thenComparing(Match::official, OfficialFigure.OLDEST_FIRST));
	}

	/** True when the claim states a survey or calendar year and the figure is of that year. */
	private static boolean statedYear(NormalisedClaim claim, Match m) {
		return !claim.periodUnstated() && !claim.statesProjection() && claim.period().endYear() > 0
				&& claim.period().endYear() == m.official().figure().period().endYear();
	}

	List<Match> matches(NormalisedClaim claim, OfficialFigures officials) {
		return officials.all().stream().filter(o -> comparable(claim, o)).map(o -> match(claim, o, officials))
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

	private Optional<Match> match(NormalisedClaim claim, OfficialFigure o, OfficialFigures officials) {
		boolean fits = StatisticFit.fits(claim.statistic(), claim.claim().percentile(), o.figure().statistic());
		boolean samePlace = o.figure().area().equals(claim.place());
		if (!samePlace && claim.claim().fromTable()) {
			// A table's place is its publisher's own column (a state agency's region), not an author's loose wording:
			// a four-digit hourly wage equal to one of the hundreds of other places' figures is a coincidence, not a copy.
			return Optional.empty();
		}
		boolean current = fits && samePlace && officials.current(o.figure().metric(), o.figure().statistic(),
				o.figure().area(), o.isProjection()).filter(n -> n == o).isPresent();
		boolean exact = current || !claim.unit().isMoney() ? exact(claim.low(), o.value(), claim.unit())
				: copied(claim.low(), o.value());
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

	/** Equal to the digits as published: how another statistic, place or year is recognised in a pay claim. */
	boolean copied(BigDecimal claimed, BigDecimal official) {
		return !clearlyApart(claimed, official, props.copyTolerancePercent())
				&& claimed.subtract(official).abs().compareTo(percentOf(official, props.copyTolerancePercent())) <= 0;
	}

	/** Equal once the author's rounding is allowed for: the configured tolerance, but at most one rounding step and at least half of one. */
	boolean rounded(BigDecimal claimed, BigDecimal official, Unit unit) {
		BigDecimal gap = claimed.subtract(official).abs();
		BigDecimal step = Rounding.step(claimed);
		if (unit == Unit.PERCENT) {
			return step.compareTo(BigDecimal.ONE) >= 0 && gap.compareTo(props.growthTolerancePoints()) <= 0;
		}
		if (step.compareTo(props.roundNumberStep()) < 0) {
			return false;
		}
		BigDecimal tolerance = unit == Unit.PERSONS ? props.countTolerancePercent() : props.roundingTolerancePercent();
		// An author rounding to a step is off by half of it (a full step when truncating), never more: "$76,100"
		// is not a rounding of $74,700 even though it is within 2%.
		BigDecimal allowed = percentOf(official, tolerance).min(step).max(step.divide(BigDecimal.valueOf(2)));
		return gap.compareTo(allowed) <= 0;
	}

	/** True when two values of one figure agree within the rounding tolerance (of {@code b}). */
	boolean agree(BigDecimal a, BigDecimal b) {
		return !clearlyApart(a, b, props.roundingTolerancePercent())
				&& a.subtract(b).abs().compareTo(percentOf(b, props.roundingTolerancePercent())) <= 0;
	}

	/**
	 * True when {@code a} is further from {@code b} than {@code percent} of {@code b} by more than doubles can
	 * err (and than {@link #percentOf} rounds): most comparisons are of figures far apart, and this decides
	 * them without making a BigDecimal. False says nothing; the exact test decides.
	 */
	static boolean clearlyApart(BigDecimal a, BigDecimal b, BigDecimal percent) {
		double allowed = Math.abs(b.doubleValue()) * percent.doubleValue() / 100;
		return Math.abs(a.doubleValue() - b.doubleValue()) > allowed * (1 + 1e-9) + 1e-5;
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
