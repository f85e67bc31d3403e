package com.careerbrief.ingest.table.projections;

import java.math.BigDecimal;

import com.careerbrief.model.Bound;

/**
 * A number cell of an EP table: {@code —} is "not available", {@code >=$208,000} is a top-coded wage
 * (a bound, not a plain number), and footnote markers such as {@code [1]} or {@code (1)} are dropped.
 *
 * @param value the number as published
 * @param bound exact, or at least for a top-coded wage
 */
public record ProjectionsValue(BigDecimal value, Bound bound) {

	/**
	 * Parses a cell.
	 * @return the value, or null when the cell is blank or {@code —}
	 * @throws NumberFormatException when the cell holds something else
	 */
	public static ProjectionsValue parse(String cell) {
		String text = cell.replaceAll("\\[\\d+]|\\(\\d+\\)", "").trim();
		if (text.isEmpty() || text.equals("—") || text.equals("-")) {
			return null;
		}
		Bound bound = Bound.EXACT;
		if (text.startsWith(">=")) {
			bound = Bound.AT_LEAST;
			text = text.substring(2).trim();
		}
		return new ProjectionsValue(new BigDecimal(text.replace("$", "").replace(",", "")), bound);
	}

	/** The value of a cell in thousands, as persons (188.6 → 188600). */
	public BigDecimal thousandsAsPersons() {
		BigDecimal persons = value.movePointRight(3);
		return persons.scale() < 0 ? persons.setScale(0) : persons;
	}

	/**
	 * A count of persons published in thousands to one decimal, as persons: 188.6 → 188600; 0 or 0.0 → fewer
	 * than 50 (value 50, bound BELOW), since EP rounds a count under 50 to 0.0, not because there are none.
	 */
	public ProjectionsValue countAsPersons() {
		if (value.signum() == 0) {
			return new ProjectionsValue(BigDecimal.valueOf(50), Bound.BELOW);
		}
		return new ProjectionsValue(thousandsAsPersons(), bound);
	}

}
