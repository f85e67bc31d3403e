package com.careerbrief.model;

import java.math.BigDecimal;
import java.util.Comparator;


/**
 * An official figure with its value in the base unit (annual pay, persons) and whether it was
 * published under the occupation's own code (SOC 2018, or an older code mapped to it) or a hybrid code.
 *
 * @param figure the figure as published
 * @param value the value in {@code unit}
 * @param unit annual pay, persons or percent
 * @param ownCode false for a related (hybrid-code) figure
 */
public record OfficialFigure(Figure figure, BigDecimal value, Unit unit, boolean ownCode) {

	/** Newest last: by end year, then start year, then an OEWS survey before a plain year, own code last. */
	public static final Comparator<OfficialFigure> OLDEST_FIRST = Comparator
			.comparingInt((OfficialFigure o) -> o.figure().period().endYear())
			.thenComparingInt(o -> o.figure().period().startYear())
			.thenComparing(o -> o.figure().period().kind() == PeriodKind.SURVEY)
			.thenComparing(OfficialFigure::ownCode);

	public boolean isProjection() {
		return figure.period().kind() == PeriodKind.PROJECTION;
	}

	/** True when published under an older code that maps to the occupation (29-2071 for 29-2072). */
	public boolean olderCode() {
		return ownCode && figure.originalCode() != null && !figure.originalCode().equals(figure.socCode());
	}

	/** True when its reference period ends later (or, ending together, starts later) than the other's. */
	public boolean isNewerThan(OfficialFigure other) {
		int end = Integer.compare(figure.period().endYear(), other.figure().period().endYear());
		return end > 0 || end == 0 && figure.period().startYear() > other.figure().period().startYear();
	}
}
