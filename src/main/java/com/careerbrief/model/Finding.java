package com.careerbrief.model;

import java.math.BigDecimal;

/**
 * What a verdict found, as the facts the reports put into words ({@code report/verdict}): the official figures
 * a claim was compared with and how it stands against them. The verdict's distance ({@link Verdict#distancePercent})
 * is the distance a finding speaks of.
 */
public sealed interface Finding {

	/** The claim equals an official figure (MATCHES, ROUNDED unless {@code exact}); {@code newer} is today's, or null. */
	record Matched(OfficialFigure official, boolean exact, OfficialFigure newer) implements Finding {
	}

	/** The claim names a statistic the figure it equals is not; {@code fitting} is the statistic it should be compared with. */
	record Mislabelled(OfficialFigure official, Statistic fitting, OfficialFigure newer) implements Finding {
	}

	/** The figure the claim equals is for another place, or for a wider hybrid code. */
	record OtherScope(OfficialFigure official) implements Finding {
	}

	/** The figure the claim equals has been replaced by {@code newer} (OUTDATED, or SUPERSEDED for a projection). */
	record Stale(OfficialFigure official, OfficialFigure newer) implements Finding {
	}

	/** The claim equals no official figure of any year; {@code today} is the figure it is measured against. */
	record Unmatched(OfficialFigure today) implements Finding {
	}

	/** The claim's stated period is older than the newest official figure, {@code today}. */
	record OlderThanNewest(OfficialFigure today) implements Finding {
	}

	/** An undated claim lies between two official figures with years missing between them. */
	record BetweenYears(OfficialFigure before, OfficialFigure after) implements Finding {
	}

	/** An undated claim older than every official figure since {@code since}; {@code today} is the newest. */
	record OlderThanSince(OfficialFigure since, OfficialFigure today) implements Finding {
	}

	/**
	 * A range claim against today's centre figure: it holds it or misses it (by the distance of its nearest end), and
	 * how it covers the official 10th–90th percentile spread, or null when the data lacks one.
	 */
	record RangeAgainst(OfficialFigure centre, boolean holds, Spread spread) implements Finding {
	}

	/**
	 * The official 10th–90th percentile spread beside a range claim.
	 *
	 * @param lowAbove the distance of the range's low end above the 10th percentile, or null when it reaches it
	 * @param highBelow the distance of the range's high end below the 90th percentile, or null when it reaches it
	 */
	record Spread(OfficialFigure p10, OfficialFigure p90, BigDecimal lowAbove, BigDecimal highBelow) {
	}

	/** The claim's projection period has been superseded by the newest official projection. */
	record Superseded(OfficialFigure newest) implements Finding {
	}

	/** The claim's occupation could not be matched to an official code. */
	record Unresolved() implements Finding {
	}

	/** No official figure on the claim's measure (and place) is in the data. */
	record NoFigure() implements Finding {
	}

	/** No official projection of the claim's period is in the data. */
	record NoPeriod() implements Finding {
	}

	/** A growth claim its article's own words contradict: called {@code comparator} against the {@code average} it gives. */
	record ContradictsItself(String comparator, BigDecimal growth, BigDecimal average) implements Finding {
	}
}
