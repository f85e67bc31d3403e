package com.careerbrief.ingest.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.careerbrief.model.Bound;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Period;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

/**
 * Collects the figures of one row cell by cell, checking each value; the first bad cell becomes the
 * row's reject reason, naming the column and what was expected.
 */
public final class FigureCollector {

	/** Above this a yearly wage is a typo or a unit mix-up, not a wage. */
	static final BigDecimal MAX_ANNUAL = new BigDecimal("10000000");

	/** Above this an hourly wage is a typo or an annual figure in the hourly column. */
	static final BigDecimal MAX_HOURLY = new BigDecimal("5000");

	private final FigureTemplate template;

	private final CellReader cells;

	private final List<Figure> figures = new ArrayList<>();

	/** The column each figure came from, index for index, for the consistency reasons. */
	private final List<String> columns = new ArrayList<>();

	private final List<String> unavailable = new ArrayList<>();

	private String problem;

	/** A collector reading cells by the lenient rules of agency files and the generic CSV. */
	public FigureCollector(FigureTemplate template) {
		this(template, CellReader.other());
	}

	/** @param cells the file's cell rules (one reader per file: it remembers the separator style) */
	public FigureCollector(FigureTemplate template, CellReader cells) {
		this.template = template;
		this.cells = cells;
	}

	/**
	 * Adds a wage cell.
	 * @param topCode the value BLS {@code #} stands for in this unit and year, or null when the file has no top-code
	 */
	public void wage(String column, String cell, Statistic statistic, Unit unit, BigDecimal topCode) {
		wage(column, cell, statistic, unit, topCode, template);
	}

	private void wage(String column, String cell, Statistic statistic, Unit unit, BigDecimal topCode,
			FigureTemplate of) {
		BlsValue value = read(column, cell);
		if (value.kind() == BlsValue.Kind.TOP_CODED) {
			if (topCode == null) {
				fail(column + " '" + cell + "' is a BLS top-code marker, but no top-code is known for this file");
				return;
			}
			add(column, of.figure(Metric.WAGE, statistic, unit, topCode, Bound.AT_LEAST));
		}
		else if (value.kind() == BlsValue.Kind.NUMBER && checkWage(column, cell, value.number(), unit)) {
			add(column, of.figure(Metric.WAGE, statistic, unit, value.number(), Bound.EXACT));
		}
	}

	/** Adds an employment cell (persons). */
	public void employment(String column, String cell) {
		value(column, cell, Metric.EMPLOYMENT, Statistic.VALUE, Unit.PERSONS, template.period());
	}

	/**
	 * Adds a cell of any metric with its own period (a projection's base year, end year or span), as a
	 * column mapping describes it. Wages are checked as by {@link #wage} without a top-code; a count
	 * other than a change must not be negative.
	 */
	public void value(String column, String cell, Metric metric, Statistic statistic, Unit unit, Period period) {
		FigureTemplate of = template.withPeriod(period);
		if (metric == Metric.WAGE) {
			wage(column, cell, statistic, unit, null, of);
			return;
		}
		BlsValue value = read(column, cell);
		if (value.kind() == BlsValue.Kind.TOP_CODED) {
			String what = describe(metric);
			String article = "aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ";
			fail(column + " '" + cell + "' is a wage top-code marker in " + article + what + " column");
		}
		else if (value.kind() == BlsValue.Kind.NUMBER && checkCount(column, cell, value.number(), metric)) {
			add(column, of.figure(metric, statistic, unit, value.number(), Bound.EXACT));
		}
	}

	/** A count other than a change (employment, projected employment, openings) cannot be negative. */
	private boolean checkCount(String column, String cell, BigDecimal number, Metric metric) {
		boolean change = metric == Metric.EMPLOYMENT_CHANGE_COUNT || metric == Metric.EMPLOYMENT_CHANGE_PERCENT;
		if (!change && number.signum() < 0) {
			fail(column + " '" + cell + "' is negative; " + describe(metric) + " cannot be below 0");
			return false;
		}
		return true;
	}

	/** "employment", "employment projected", "openings": the metric in words. */
	private static String describe(Metric metric) {
		return metric.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}

	private BlsValue read(String column, String cell) {
		BlsValue value = cells.read(cell);
		if (value.kind() == BlsValue.Kind.INVALID) {
			fail(column + " '" + cell + "' " + value.meaning());
		}
		else if (value.kind() == BlsValue.Kind.NOT_AVAILABLE) {
			unavailable.add(column + " '" + cell + "' (" + value.meaning() + ")");
		}
		return value;
	}

	private boolean checkWage(String column, String cell, BigDecimal number, Unit unit) {
		if (number.signum() < 0) {
			fail(column + " '" + cell + "' is negative; a wage cannot be below 0");
			return false;
		}
		boolean yearly = unit == Unit.USD_PER_YEAR;
		BigDecimal max = yearly ? MAX_ANNUAL : MAX_HOURLY;
		if (number.compareTo(max) > 0) {
			fail(column + " '" + cell + "' is above " + (yearly ? "$10,000,000 a year" : "$5,000 an hour")
					+ "; not a plausible wage");
			return false;
		}
		return true;
	}

	private void add(String column, Figure figure) {
		figures.add(figure);
		columns.add(column);
	}

	private void fail(String reason) {
		if (problem == null) {
			problem = reason;
		}
	}

	/** The first bad cell, or null when every cell was a number, a marker or blank. */
	public String problem() {
		return problem;
	}

	/** The figures collected so far. */
	public List<Figure> figures() {
		return figures;
	}

	/** The cells that held "not available" markers, for a row that yields no figure at all. */
	public List<String> unavailable() {
		return unavailable;
	}

	/**
	 * The item for this row: rejected on a bad cell or on figures that cannot be true together
	 * ({@link RowConsistency}), filtered when nothing was published, else accepted.
	 */
	public TableItem item(String file, DelimitedRow row) {
		if (problem == null) {
			problem = RowConsistency.problem(figures, columns);
		}
		if (problem != null) {
			return TableItems.rejected(file, row, problem);
		}
		if (figures.isEmpty()) {
			String why = unavailable.isEmpty() ? "every value is blank" : String.join(", ", unavailable);
			return TableItems.filtered(file, row, "no figure published: " + why);
		}
		return TableItems.accepted(file, row, figures);
	}

}
