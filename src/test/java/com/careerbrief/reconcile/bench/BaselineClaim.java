package com.careerbrief.reconcile.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.careerbrief.model.Claim;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.reconcile.bench.GeneratedClaim.Pair;

/**
 * A claim as the baselines see it: the entry it is about (occupation × statistic as stated, "average"
 * taken for the mean, as generic truth discovery assumes), its source, and its value in annual dollars
 * (an hourly value × 2,080, rounded to $10 as BLS publishes annual pay, so the baselines get the same unit
 * normalisation careerbrief does).
 */
record BaselineClaim(Pair entry, String sourceId, double value) {

	static BaselineClaim of(Claim c) {
		Statistic s = c.statistic() == Statistic.AVERAGE_AS_WORDED ? Statistic.MEAN : c.statistic();
		BigDecimal v = c.unit() == Unit.USD_PER_HOUR
				? c.valueLow().multiply(BigDecimal.valueOf(2080)).divide(BigDecimal.TEN, 0, RoundingMode.HALF_UP).multiply(BigDecimal.TEN)
				: c.valueLow();
		return new BaselineClaim(new Pair(c.socCode(), s), c.source().sourceId(), v.doubleValue());
	}

	static List<BaselineClaim> of(List<GeneratedClaim> claims) {
		return claims.stream().map(g -> of(g.claim())).toList();
	}
}
