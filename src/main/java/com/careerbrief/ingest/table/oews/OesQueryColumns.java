package com.careerbrief.ingest.table.oews;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbrief.model.Metric;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

/**
 * What a column of a BLS OES query-tool export holds, from its title ("Annual median wage (2)",
 * "Hourly 25th percentile wage", "Employment (1)").
 *
 * @param metric wage or employment
 * @param statistic which statistic
 * @param unit unit of the values
 */
record OesQueryColumns(Metric metric, Statistic statistic, Unit unit) {

	private static final Pattern WAGE = Pattern.compile("(hourly|annual) (mean|median|10th percentile|25th percentile"
			+ "|75th percentile|90th percentile) wage");

	/** The column's meaning, or null for columns careerbrief does not use (RSE, location quotient). */
	static OesQueryColumns of(String title) {
		String plain = title.replaceAll("\\(\\d+\\)", "").strip().toLowerCase(Locale.ROOT);
		if (plain.equals("employment")) {
			return new OesQueryColumns(Metric.EMPLOYMENT, Statistic.VALUE, Unit.PERSONS);
		}
		Matcher m = WAGE.matcher(plain);
		if (!m.matches()) {
			return null;
		}
		Unit unit = m.group(1).equals("hourly") ? Unit.USD_PER_HOUR : Unit.USD_PER_YEAR;
		Statistic statistic = switch (m.group(2)) {
			case "mean" -> Statistic.MEAN;
			case "median" -> Statistic.MEDIAN;
			case "10th percentile" -> Statistic.P10;
			case "25th percentile" -> Statistic.P25;
			case "75th percentile" -> Statistic.P75;
			default -> Statistic.P90;
		};
		return new OesQueryColumns(Metric.WAGE, statistic, unit);
	}

}
