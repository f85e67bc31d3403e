package com.careerbrief.reconcile.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import com.careerbrief.model.Period;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.reconcile.bench.GeneratedClaim.Pair;

/**
 * Makes the wrong value of one error pattern for one pair from the real series, or nothing when the
 * pattern cannot apply (no older year, no state figure…). Every wrong value is more than 1% from the
 * truth except a rounding, which is more than the 0.25% careerbrief treats as equal.
 */
final class ErrorPlanter {

	/** A planted value: what the claim states, in which unit, for which period and statistic label. */
	record Planted(BigDecimal value, Unit unit, Period period, Statistic statistic) {
	}

	static final List<Integer> OLD_YEARS = List.of(2013, 2017, 2018, 2019, 2020, 2021, 2022, 2023);

	private final OewsSeries series;

	private final List<String> codes;

	ErrorPlanter(OewsSeries series, List<String> codes) {
		this.series = series;
		this.codes = codes;
	}

	Optional<Planted> plant(ErrorPattern pattern, Pair pair, BigDecimal truth, int staleYear, Random random) {
		Period undated = Period.none();
		boolean dated = random.nextBoolean();
		Period now = dated ? Period.survey(OewsSeries.TRUTH_YEAR) : undated;
		Statistic s = label(pair.statistic(), random);
		return switch (pattern) {
			case OUTDATED -> outdated(pair, truth, staleYear, random, dated, s);
			case MEDIAN_AS_AVERAGE -> pair.statistic() != Statistic.MEAN ? Optional.empty()
					: series.annual(pair.soc(), Statistic.MEDIAN, OewsSeries.TRUTH_YEAR).filter(v -> far(v, truth, 1))
							.map(v -> new Planted(v, Unit.USD_PER_YEAR, now, Statistic.AVERAGE_AS_WORDED));
			case ROUNDED -> rounded(truth, random).map(v -> new Planted(v, Unit.USD_PER_YEAR, now, s));
			case HOURLY_AS_ANNUAL -> series.hourly(pair.soc(), pair.statistic(), OewsSeries.TRUTH_YEAR)
					.map(v -> new Planted(v, Unit.USD_PER_YEAR, now, s));
			case WRONG_DIGIT -> Optional.of(new Planted(wrongDigit(truth, random), Unit.USD_PER_YEAR, now, s));
			case OTHER_STATE -> otherState(pair, truth, random, dated, s);
			case NEIGHBOUR_CODE -> neighbour(pair, truth).map(v -> new Planted(v, Unit.USD_PER_YEAR, now, s));
			default -> Optional.empty();
		};
	}

	/** Older years whose value differs from the truth by more than 1%, oldest first. */
	List<Integer> staleYears(Pair pair, BigDecimal truth) {
		List<Integer> out = new ArrayList<>();
		for (int year : OLD_YEARS) {
			series.annual(pair.soc(), pair.statistic(), year).filter(v -> far(v, truth, 1)).ifPresent(v -> out.add(year));
		}
		return out;
	}

	/** The pair's circulating stale figure 7 times in 10 (one old number gets copied around), else another old year. */
	private Optional<Planted> outdated(Pair pair, BigDecimal truth, int staleYear, Random random, boolean dated,
			Statistic label) {
		List<Integer> years = staleYears(pair, truth);
		if (years.isEmpty()) {
			return Optional.empty();
		}
		int year = random.nextDouble() < 0.7 && years.contains(staleYear) ? staleYear : years.get(random.nextInt(years.size()));
		BigDecimal value = series.annual(pair.soc(), pair.statistic(), year).orElseThrow();
		return Optional.of(new Planted(value, Unit.USD_PER_YEAR, dated ? Period.survey(year) : Period.none(), label));
	}

	private static Optional<BigDecimal> rounded(BigDecimal truth, Random random) {
		List<BigDecimal> steps = random.nextBoolean() ? List.of(BigDecimal.valueOf(1000), BigDecimal.valueOf(500))
				: List.of(BigDecimal.valueOf(500), BigDecimal.valueOf(1000));
		for (BigDecimal step : steps) {
			BigDecimal v = truth.divide(step, 0, RoundingMode.HALF_UP).multiply(step);
			if (far(v, truth, 0.3)) {
				return Optional.of(v);
			}
		}
		return Optional.empty();
	}

	/** One of the first two digits replaced by another digit (never a leading zero). */
	static BigDecimal wrongDigit(BigDecimal truth, Random random) {
		char[] digits = truth.toBigInteger().toString().toCharArray();
		int position = random.nextInt(Math.min(2, digits.length));
		char old = digits[position];
		char replacement;
		do {
			replacement = (char) ('0' + random.nextInt(10));
		}
		while (replacement == old || position == 0 && replacement == '0');
		digits[position] = replacement;
		return new BigDecimal(new String(digits));
	}

	private Optional<Planted> otherState(Pair pair, BigDecimal truth, Random random, boolean dated, Statistic label) {
		if (pair.statistic() != Statistic.MEAN) {
			return Optional.empty();
		}
		List<BigDecimal> values = series.stateMeans(pair.soc()).values().stream().filter(v -> far(v, truth, 1)).toList();
		if (values.isEmpty()) {
			return Optional.empty();
		}
		BigDecimal v = values.get(random.nextInt(values.size()));
		return Optional.of(new Planted(v, Unit.USD_PER_YEAR, dated ? Period.survey(2023) : Period.none(), label));
	}

	/** The same statistic of the nearest other code of the same SOC minor group (next, else previous). */
	private Optional<BigDecimal> neighbour(Pair pair, BigDecimal truth) {
		int i = codes.indexOf(pair.soc());
		for (int j : new int[] { i + 1, i - 1 }) {
			if (j >= 0 && j < codes.size() && codes.get(j).regionMatches(0, pair.soc(), 0, 5)) {
				Optional<BigDecimal> v = series.annual(codes.get(j), pair.statistic(), OewsSeries.TRUTH_YEAR)
						.filter(x -> far(x, truth, 1));
				if (v.isPresent()) {
					return v;
				}
			}
		}
		return Optional.empty();
	}

	static boolean far(BigDecimal value, BigDecimal truth, double percent) {
		return value.subtract(truth).abs().doubleValue() > truth.doubleValue() * percent / 100;
	}

	/** A mean is worded "average" half the time, as articles do; other statistics keep their name. */
	static Statistic label(Statistic statistic, Random random) {
		return statistic == Statistic.MEAN && random.nextBoolean() ? Statistic.AVERAGE_AS_WORDED : statistic;
	}
}
