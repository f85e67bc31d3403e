package com.careerbrief.reconcile;

import java.math.BigDecimal;

import com.careerbrief.model.OfficialFigure;

/**
 * An official figure a claim equals, exactly or after rounding.
 *
 * @param official the figure
 * @param exact true when equal within the exact tolerance, false when equal after rounding
 * @param statisticFits true when the claim's statistic may stand for the figure's
 * @param samePlace true when the figure is for the place the claim names
 */
record Match(OfficialFigure official, boolean exact, boolean statisticFits, boolean samePlace) {

	/** True when the figure is for another code (hybrid) or another place than the claim's. */
	boolean differentScope() {
		return !samePlace || !official.ownCode();
	}

	BigDecimal value() {
		return official.value();
	}
}
