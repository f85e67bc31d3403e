package com.careerbrief.reconcile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * CPI-U annual averages by year, with which the reconciler restates an outdated wage in the dollars of
 * today's figure; empty when no CPI table was supplied, and then nothing is adjusted.
 */
public final class CpiIndex {

	private static final CpiIndex NONE = new CpiIndex(Map.of());

	private final SortedMap<Integer, BigDecimal> byYear;

	private CpiIndex(Map<Integer, BigDecimal> byYear) {
		this.byYear = new TreeMap<>(byYear);
	}

	/** The index of the given years (e.g. from {@code CpiTableFormat.load}). */
	public static CpiIndex of(Map<Integer, BigDecimal> byYear) {
		return byYear.isEmpty() ? NONE : new CpiIndex(byYear);
	}

	/** No CPI table: no adjustment. */
	public static CpiIndex none() {
		return NONE;
	}

	public boolean isEmpty() {
		return byYear.isEmpty();
	}

	/** {@code value} of {@code fromYear} in {@code toYear} dollars; empty when either year is missing. */
	Optional<BigDecimal> adjust(BigDecimal value, int fromYear, int toYear) {
		BigDecimal from = byYear.get(fromYear);
		BigDecimal to = byYear.get(toYear);
		if (from == null || to == null) {
			return Optional.empty();
		}
		return Optional.of(value.multiply(to).divide(from, MathContext.DECIMAL64));
	}
}
