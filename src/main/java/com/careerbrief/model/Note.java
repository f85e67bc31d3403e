package com.careerbrief.model;

import java.math.BigDecimal;

/** What a verdict adds to its finding: an explanation that never changes the verdict itself. */
public sealed interface Note {

	/**
	 * A matched older wage in today's dollars (CPI-U), computed by careerbrief.
	 *
	 * @param value the claim's annual pay
	 * @param fromYear the year of the official figure it matched
	 * @param adjusted {@code value} in the dollars of {@code today}'s year
	 * @param today the official figure it is compared with
	 */
	record Inflation(BigDecimal value, int fromYear, BigDecimal adjusted, OfficialFigure today) implements Note {
	}

	/** An annual-pay claim that equals an official hourly wage: probably an hourly rate. */
	record HourlyEqualsHourly(BigDecimal value, OfficialFigure hourly) implements Note {
	}

	/**
	 * An annual-pay claim that, taken as an hourly rate, gives an official annual figure.
	 *
	 * @param asAnnual {@code value} times the hours of a full-time year
	 * @param perHour {@code twin}'s value per hour
	 */
	record HourlyTimesHours(BigDecimal value, BigDecimal asAnnual, OfficialFigure twin, BigDecimal perHour) implements Note {
	}

	/** An annual-pay claim below what a full-time year ({@code hours}) pays at $1 an hour. */
	record BelowOneDollarAnHour(BigDecimal value, BigDecimal hours, BigDecimal asAnnual) implements Note {
	}
}
