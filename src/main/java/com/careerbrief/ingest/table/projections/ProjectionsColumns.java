package com.careerbrief.ingest.table.projections;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbrief.model.Statistic;

/**
 * Where each column of a BLS Employment Projections occupation table sits, found from its one or two
 * header rows (older tables put the years in a second row under merged cells).
 *
 * @param width number of header cells
 * @param labels the combined, normalised column labels (for reasons a person reads)
 * @param title column of the occupation title
 * @param code column of the occupation code
 * @param type column of the occupation type (Summary or Line item)
 * @param base column of base-year employment; {@code baseYear} its year
 * @param projected column of projected employment; {@code endYear} its year
 * @param changeCount column of the numeric change
 * @param changePercent column of the percent change
 * @param openings column of job openings; {@code openingsStatistic} says annual average or period total
 * @param wage column of the median annual wage, or -1 (Table 1.10 has none); {@code wageYear} its year
 * @param education column of typical entry education, or -1
 */
public record ProjectionsColumns(int width, List<String> labels, int title, int code, int type, int base,
		int baseYear, int projected, int endYear, int changeCount, int changePercent, int openings,
		Statistic openingsStatistic, int wage, int wageYear, int education) {

	private static final Pattern EMPLOYMENT_YEAR = Pattern.compile("^employment,? (\\d{4})$");

	private static final Pattern YEAR = Pattern.compile("(\\d{4})(?!.*\\d{4})");

	/** Whether the joined first lines of a file look like an EP occupational projections table. */
	public static boolean looksLikeProjections(String joinedHead) {
		String head = normalise(joinedHead);
		// Table 1.10 (separations and openings) has no wage column; the other tables all have one.
		return head.contains("national employment matrix") && head.contains("employment change")
				&& (head.contains("median annual wage") || head.contains("occupational separations"))
				&& head.contains("occupation type");
	}

	/**
	 * Resolves the columns.
	 * @param first the header row
	 * @param second the row of years under it, or null for a one-row header
	 * @return the columns, or null when a needed column is missing
	 */
	public static ProjectionsColumns resolve(String[] first, String[] second) {
		List<String> labels = labels(first, second);
		int title = find(labels, l -> l.contains("matrix title"));
		int code = find(labels, l -> l.contains("matrix code"));
		if (code < 0 && title >= 0 && labels.get(title).contains("title and code")) {
			code = title + 1;
		}
		List<Integer> employment = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			if (EMPLOYMENT_YEAR.matcher(labels.get(i)).matches()) {
				employment.add(i);
			}
		}
		int openings = find(labels, l -> l.contains("openings"));
		int wage = find(labels, l -> l.contains("median annual wage"));
		if (title < 0 || code < 0 || employment.size() != 2 || openings < 0) {
			return null;
		}
		ProjectionsColumns columns = new ProjectionsColumns(labels.size(), labels, title, code,
				find(labels, l -> l.contains("occupation type")), employment.get(0), year(labels.get(employment.get(0))),
				employment.get(1), year(labels.get(employment.get(1))),
				find(labels, l -> l.contains("change") && (l.contains("numeric") || l.endsWith("number"))),
				find(labels, l -> l.contains("change") && l.contains("percent")), openings,
				// Before the 2016–26 tables, BLS published openings as a 10-year total, not a yearly average.
				labels.get(openings).contains("annual") ? Statistic.VALUE : Statistic.PERIOD_TOTAL, wage,
				wage < 0 ? 0 : year(labels.get(wage)), find(labels, l -> l.startsWith("typical education")));
		return columns.complete() ? columns : null;
	}

	/** Whether a row is the second header row of years (first cells empty, years further right). */
	public static boolean isYearRow(String[] cells) {
		return cells.length > 3 && cells[0].isBlank() && cells[1].isBlank() && cells[3].trim().matches("\\d{4}");
	}

	/** True for Table 1.10, separations and openings, which has no wage column. */
	public boolean separationsTable() {
		return wage < 0;
	}

	private boolean complete() {
		return type >= 0 && changeCount >= 0 && changePercent >= 0;
	}

	private static List<String> labels(String[] first, String[] second) {
		List<String> labels = new ArrayList<>();
		String carried = "";
		for (int i = 0; i < first.length; i++) {
			// A blank top cell under a two-row header is the right half of a merged cell: it inherits.
			String top = first[i].isBlank() && second != null ? carried : first[i];
			carried = top;
			String below = second != null && i < second.length ? second[i] : "";
			labels.add(normalise(top + " " + below));
		}
		return labels;
	}

	static String normalise(String label) {
		return label.replaceAll("\\[\\d+]|\\(\\d+\\)", "")
			.replace('–', '-')
			.replaceAll("\\s+", " ")
			.trim()
			.toLowerCase(Locale.ROOT);
	}

	private static int find(List<String> labels, java.util.function.Predicate<String> test) {
		for (int i = 0; i < labels.size(); i++) {
			if (test.test(labels.get(i))) {
				return i;
			}
		}
		return -1;
	}

	private static int year(String label) {
		Matcher matcher = YEAR.matcher(label);
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
	}

}
