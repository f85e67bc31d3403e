package com.careerbrief.reconcile.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.careerbrief.model.Claim;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.reconcile.ReconcileProperties;
import com.careerbrief.reconcile.bench.GeneratedClaim.Pair;

/**
 * A claim as the baselines see it: the entry it is about (occupation × statistic as stated, "average"
 * taken for the mean, as generic truth discovery assumes), its source, its value in annual dollars and the
 * year it states (0 when undated). {@link #onCareerbriefFooting} gives the baselines exactly the
 * normalisation careerbrief's chooser gets: an hourly value × 2,080 rounded to $10 as BLS publishes annual
 * pay, no yearly pay below the hours of a working year, and no claim dated older than the newest dated claim
 * of its entry or the official data's newest year while another may be current; {@link ValueGroups} groups values within careerbrief's agreement tolerance.
 */
record BaselineClaim(Pair entry, String sourceId, double value, int year) {

	static final ReconcileProperties PROPS = ReconcileProperties.defaults();

	/** The official source the baselines get for the calibration half: BLS, its May 2024 values. */
	static final String OFFICIAL = "bls";

	static BaselineClaim of(Claim c) {
		Statistic s = c.statistic() == Statistic.AVERAGE_AS_WORDED ? Statistic.MEAN : c.statistic();
		BigDecimal v = c.unit() == Unit.USD_PER_HOUR
				? c.valueLow().multiply(BigDecimal.valueOf(PROPS.hoursPerYear())).divide(BigDecimal.TEN, 0, RoundingMode.HALF_UP)
					.multiply(BigDecimal.TEN)
				: c.valueLow();
		int year = c.period() == null || c.period().isUnstated() ? 0 : c.period().endYear();
		return new BaselineClaim(new Pair(c.socCode(), s), c.source().sourceId(), v.doubleValue(), year);
	}

	static List<BaselineClaim> of(List<GeneratedClaim> claims) {
		return claims.stream().map(g -> of(g.claim())).toList();
	}

	/**
	 * The claims careerbrief's chooser would pool: the plausibility filter (an annual pay below $2,080 is an
	 * hourly rate with the wrong unit) and the dates: claims dated before the newest dated year of their entry,
	 * or before the newest year of the official source's claims (of any entry), are set aside while an undated
	 * or newer claim of the entry remains, else the entry keeps its newest dated claims.
	 */
	static List<BaselineClaim> onCareerbriefFooting(List<BaselineClaim> claims) {
		List<BaselineClaim> out = new ArrayList<>();
		int current = claims.stream().filter(c -> c.sourceId().equals(OFFICIAL)).mapToInt(BaselineClaim::year).max().orElse(0);
		Map<Pair, List<BaselineClaim>> entries = SimpleBaselines.byEntry(claims.stream()
			.filter(c -> c.value() >= PROPS.hoursPerYear()).toList());
		entries.values().forEach(list -> {
			int newest = list.stream().mapToInt(BaselineClaim::year).max().orElse(0);
			List<BaselineClaim> mayBeCurrent = datedFrom(list, Math.max(newest, current));
			out.addAll(mayBeCurrent.isEmpty() ? datedFrom(list, newest) : mayBeCurrent);
		});
		return out;
	}

	private static List<BaselineClaim> datedFrom(List<BaselineClaim> entry, int year) {
		return entry.stream().filter(c -> c.year() == 0 || c.year() >= year).toList();
	}

	/** True when two values agree within careerbrief's rounding tolerance (of {@code b}), as its chooser pools them. */
	static boolean agree(double a, double b) {
		return Math.abs(a - b) <= Math.abs(b) * PROPS.roundingTolerancePercent().doubleValue() / 100;
	}
}
