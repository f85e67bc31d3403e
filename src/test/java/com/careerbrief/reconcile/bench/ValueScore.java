package com.careerbrief.reconcile.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.careerbrief.reconcile.bench.GeneratedClaim.Pair;

/**
 * The chosen-value error of one method over a set of pairs: the median and the mean absolute percentage
 * error and the shares of pairs within 1% and within 0.25% (careerbrief's "equal") of the truth. A pair
 * the method gave no value for counts as 100% off.
 *
 * @param mdape median absolute percentage error, in percent
 * @param mape mean absolute percentage error, in percent (separates methods whose median error is 0)
 * @param within1 share of pairs within 1% of the truth
 * @param exact share of pairs within 0.25% of the truth
 */
record ValueScore(double mdape, double mape, double within1, double exact) {

	static ValueScore of(Collection<Pair> pairs, Map<Pair, ? extends Number> chosen, Function<Pair, BigDecimal> truth) {
		List<Double> errors = new ArrayList<>();
		for (Pair p : pairs) {
			Number v = chosen.get(p);
			double t = truth.apply(p).doubleValue();
			errors.add(v == null ? 100.0 : Math.abs(v.doubleValue() - t) * 100 / t);
		}
		if (errors.isEmpty()) {
			return new ValueScore(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
		}
		Collections.sort(errors);
		int n = errors.size();
		double median = n % 2 == 1 ? errors.get(n / 2) : (errors.get(n / 2 - 1) + errors.get(n / 2)) / 2;
		double mean = errors.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
		return new ValueScore(median, mean, share(errors, 1.0), share(errors, 0.25));
	}

	private static double share(List<Double> errors, double limit) {
		return errors.stream().filter(e -> e <= limit + 1e-9).count() * 100.0 / errors.size();
	}

	/** "0.00% / 0.41% / 99.1%": MdAPE, mean APE, then the share within 1%. */
	String cell() {
		return String.format(Locale.US, "%.2f%% / %.2f%% / %.1f%%", mdape, mape, within1);
	}
}
