package com.careerbrief.report.excel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.careerbrief.model.AreaType;
import com.careerbrief.model.Bound;
import com.careerbrief.model.ChosenFigure;
import com.careerbrief.model.Claim;
import com.careerbrief.model.Conflict;
import com.careerbrief.model.DocumentInfo;
import com.careerbrief.model.FileAccounting;
import com.careerbrief.model.Figure;
import com.careerbrief.model.InputFile;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Occupation;
import com.careerbrief.model.OccupationReport;
import com.careerbrief.model.OccupationText;
import com.careerbrief.model.Period;
import com.careerbrief.model.Quote;
import com.careerbrief.model.RunInfo;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.SourceRef;
import com.careerbrief.model.SourceWeight;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.model.Verdict;
import com.careerbrief.reconcile.ClaimsFromFigures;
import com.careerbrief.model.Why;
import com.careerbrief.model.OfficialFigure;
import com.careerbrief.model.Footing;
import com.careerbrief.model.Finding;
import com.careerbrief.model.VerdictKind;

/**
 * Hand-built reports with real values from /work/shared/data (OEWS national May 2013–2024 for 29-2071 /
 * 29-2098 / 29-2072 and 11-1011, OEWS state May 2023, NYSDOL, EP 2024–34) and the seed article 000.
 */
final class ReportFixtures {

	static final String MEDIAN_QUOTE = "According to the U.S. Bureau of Labor Statistics, the median annual wage for "
			+ "medical records specialists was $50,250 in May 2024.";

	static final String AVERAGE_QUOTE = "On a broader scale, the national average salary is approximately $44,324 "
			+ "annually as of 2025, with top earners reaching as high as $57,500 per year.";

	/** What the workbook says of the $44,324 claim (report/verdict words it from the verdict's facts). */
	static final String CONFLICT_REASON = "$44,324 matches no official figure for any year; it is 21% below the May 2024 "
			+ "mean of $55,970 (BLS OEWS national May 2024), and no source is cited.";

	private ReportFixtures() {
	}

	static SourceRef oews(int year, long line) {
		return new SourceRef("bls-oews-" + year, "U.S. Bureau of Labor Statistics", "OEWS national May " + year, null,
				"May " + year, SourceKind.OFFICIAL, "national_M" + year + "_dl.csv", line);
	}

	static Figure national(String soc, String code, String title, int year, Statistic statistic, Unit unit,
			String value, Bound bound) {
		return new Figure(soc, code, code.equals(soc) ? null : "published as " + code, title, Figure.UNITED_STATES,
				AreaType.NATIONAL, Metric.WAGE, statistic, unit, new BigDecimal(value), bound, Period.survey(year),
				oews(year, 1000));
	}

	static OccupationReport medicalRecordsSpecialists() {
		String soc = "29-2072";
		String title = "Medical Records Specialists";
		List<Figure> figures = new ArrayList<>();
		String[][] may2024 = { { "MEAN", "55970" }, { "MEDIAN", "50250" }, { "P10", "35780" }, { "P25", "41600" },
				{ "P75", "64070" }, { "P90", "80950" } };
		for (String[] s : may2024) {
			figures.add(national(soc, soc, title, 2024, Statistic.valueOf(s[0]), Unit.USD_PER_YEAR, s[1], Bound.EXACT));
		}
		figures.add(national(soc, soc, title, 2024, Statistic.MEDIAN, Unit.USD_PER_HOUR, "24.16", Bound.EXACT));
		Object[][] medians = { { 2013, "29-2071", "34970" }, { 2017, "29-2071", "39180" }, { 2018, "29-2071", "40350" },
				{ 2019, "29-2098", "42630" }, { 2020, "29-2098", "44090" }, { 2021, soc, "46660" },
				{ 2022, soc, "47180" }, { 2023, soc, "48780" } };
		for (Object[] m : medians) {
			figures.add(national(soc, (String) m[1], title, (int) m[0], Statistic.MEDIAN, Unit.USD_PER_YEAR,
					(String) m[2], Bound.EXACT));
		}
		figures.add(new Figure(soc, soc, null, title, Figure.UNITED_STATES, AreaType.NATIONAL, Metric.EMPLOYMENT,
				Statistic.VALUE, Unit.PERSONS, new BigDecimal("187910"), Bound.EXACT, Period.survey(2024), oews(2024, 1000)));
		SourceRef ep = new SourceRef("bls-ep-2024-34", "U.S. Bureau of Labor Statistics", "Employment Projections 2024–34",
				null, "2025-08", SourceKind.OFFICIAL, "ep_2024-34_table1.2_occupational_projections.csv", 600);
		figures.add(new Figure(soc, soc, null, title, Figure.UNITED_STATES, AreaType.NATIONAL,
				Metric.EMPLOYMENT_CHANGE_PERCENT, Statistic.VALUE, Unit.PERCENT, new BigDecimal("7.1"), Bound.EXACT,
				Period.projection(2024, 2034), ep));
		figures.add(new Figure(soc, soc, null, title, Figure.UNITED_STATES, AreaType.NATIONAL, Metric.OPENINGS,
				Statistic.VALUE, Unit.THOUSANDS_OF_PERSONS, new BigDecimal("14.2"), Bound.EXACT,
				Period.projection(2024, 2034), ep));
		Figure blsNewYork = new Figure(soc, soc, null, title, "New York", AreaType.STATE, Metric.WAGE, Statistic.MEAN,
				Unit.USD_PER_YEAR, new BigDecimal("60510"), Bound.EXACT, Period.survey(2023),
				new SourceRef("bls-oews-state-2023", "U.S. Bureau of Labor Statistics", "OEWS state May 2023", null,
						"May 2023", SourceKind.OFFICIAL, "state_M2023_dl.reduced_semicolon.csv", 23267));
		Figure nysdol = new Figure(soc, soc, null, title, "New York", AreaType.STATE, Metric.WAGE, Statistic.MEAN,
				Unit.USD_PER_YEAR, new BigDecimal("57529"), Bound.EXACT, Period.none(),
				new SourceRef("nysdol-oews", "New York State Department of Labor", "OEWS New York", null, null,
						SourceKind.AGENCY, "NYSDOL_oews-newyork.csv", 4000));
		figures.add(blsNewYork);
		figures.add(nysdol);
		return new OccupationReport(new Occupation(soc, title, null, 3, "Postsecondary nondegree award"), figures,
				texts(soc), List.of(article()), claims(soc, nysdol), verdicts(figures, blsNewYork, nysdol),
				List.of(chosenMedian()), List.of(newYorkConflict(blsNewYork, nysdol)));
	}

	static OccupationReport chiefExecutives() {
		String soc = "11-1011";
		String title = "Chief Executives";
		String[][] may2024 = { { "MEAN", "262930", "EXACT" }, { "MEDIAN", "206420", "EXACT" },
				{ "P10", "73710", "EXACT" }, { "P25", "126080", "EXACT" }, { "P75", "239200", "AT_LEAST" },
				{ "P90", "239200", "AT_LEAST" } };
		List<Figure> figures = new ArrayList<>();
		for (String[] s : may2024) {
			figures.add(national(soc, soc, title, 2024, Statistic.valueOf(s[0]), Unit.USD_PER_YEAR, s[1],
					Bound.valueOf(s[2])));
		}
		return new OccupationReport(new Occupation(soc, title, null, 0, null), figures, List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of());
	}

	static RunInfo run() {
		return new RunInfo(42, Instant.parse("2025-06-01T08:00:00Z"),
				List.of(new InputFile("oews/national/national_M2024_dl.csv", 277770,
						"0b7eb656e3489498bab20616e526075eb5c3f4c008528c87cc50bb70b4e59771")),
				List.of(new FileAccounting("state_M2023_dl.reduced_semicolon.csv", "OEWS state 5-column semicolon", 37676,
						37000, 3, 673, null),
						new FileAccounting("broken.csv", "generic figures CSV", 10, 5, 1, 1, null)),
				List.of(new SourceWeight("000_ba2451e2a2281adf", SourceKind.ARTICLE, "How to Become a Medical Records "
						+ "Technician", 7, 7, 1, 0.3)));
	}

	private static List<OccupationText> texts(String soc) {
		return List.of(new OccupationText(soc, OccupationText.Kind.ENTRY_EDUCATION, "Postsecondary nondegree award", 1, null),
				new OccupationText(soc, OccupationText.Kind.JOB_ZONE, "3", 1, null));
	}

	private static DocumentInfo article() {
		return new DocumentInfo("000_ba2451e2a2281adf", "000_ba2451e2a2281adf.txt", "How to Become a Medical Records "
				+ "Technician: Education, Salary, and Job Outlook for 2026", "Imed Bouchrika, Phd",
				LocalDate.of(2026, 1, 1), true, "title says \"for 2026\"", "abc", "29-2072", "medical records technician",
				0.9, List.of());
	}

	private static List<Claim> claims(String soc, Figure nysdol) {
		SourceRef source = new SourceRef("000_ba2451e2a2281adf", null, "How to Become a Medical Records "
				+ "Technician", null, null, SourceKind.ARTICLE, "000_ba2451e2a2281adf.txt", 0);
		String section = "How much can you earn as a medical records technician?";
		Claim median = new Claim("000_ba2451e2a2281adf#F7", "000_ba2451e2a2281adf", soc, "medical records specialists",
				true, Metric.WAGE, "median annual wage", Statistic.MEDIAN, 0, new BigDecimal("50250"), null,
				Unit.USD_PER_YEAR, Period.survey(2024), "United States", null, "U.S. Bureau of Labor Statistics", null,
				"median annual wage $50,250 (May 2024)", null, source, List.of(new Quote(section, MEDIAN_QUOTE, 7249, 7378)));
		Claim average = new Claim("000_ba2451e2a2281adf#F4", "000_ba2451e2a2281adf", soc, "medical records technician",
				true, Metric.WAGE, "national average salary", Statistic.AVERAGE_AS_WORDED, 0, new BigDecimal("44324"), null,
				Unit.USD_PER_YEAR, Period.year(2025), "United States", null, null, null,
				"national average salary $44,324 (as of 2025)", null, source,
				List.of(new Quote(section, AVERAGE_QUOTE, 7044, 7192)));
		List<Claim> claims = new ArrayList<>(List.of(median, average));
		claims.addAll(ClaimsFromFigures.convert(List.of(nysdol)));
		return claims;
	}

	private static List<Verdict> verdicts(List<Figure> figures, Figure blsNewYork, Figure nysdol) {
		Figure median = figures.get(1);
		Figure mean = figures.get(0);
		return List.of(new Verdict("000_ba2451e2a2281adf#F7", VerdictKind.MATCHES,
				footing("50250", Statistic.MEDIAN, Figure.UNITED_STATES, Period.survey(2024)),
				new Finding.Matched(official(median), true, null), median, BigDecimal.ZERO),
				new Verdict("000_ba2451e2a2281adf#F4", VerdictKind.CONFLICTS,
						footing("44324", Statistic.AVERAGE_AS_WORDED, Figure.UNITED_STATES, Period.year(2025)),
						new Finding.Unmatched(official(mean)), mean, new BigDecimal("-20.8")),
				new Verdict(ClaimsFromFigures.claimId(nysdol), VerdictKind.CONFLICTS,
						footing("57529", Statistic.MEAN, "New York", Period.none()), new Finding.Unmatched(official(blsNewYork)),
						blsNewYork, new BigDecimal("-4.9")));
	}

	private static Footing footing(String value, Statistic statistic, String place, Period period) {
		return new Footing(new BigDecimal(value), null, Unit.USD_PER_YEAR, statistic, place, period);
	}

	private static OfficialFigure official(Figure f) {
		return new OfficialFigure(f, f.value(), f.unit(), true);
	}

	private static ChosenFigure chosenMedian() {
		return new ChosenFigure("29-2072", Metric.WAGE, Statistic.MEDIAN, Figure.UNITED_STATES, Unit.USD_PER_YEAR,
				new BigDecimal("50250"), Bound.EXACT, Period.survey(2024), oews(2024, 1000), null, null, 1.0,
				new Why.NewestOfficial(null, null, 8, false, 1));
	}

	private static Conflict newYorkConflict(Figure bls, Figure nysdol) {
		ChosenFigure chosen = new ChosenFigure("29-2072", Metric.WAGE, Statistic.MEAN, "New York", Unit.USD_PER_YEAR,
				bls.value(), Bound.EXACT, bls.period(), bls.source(), null, null, 0.8,
				new Why.NewestOfficial(null, null, 0, false, 0));
		return new Conflict("29-2072", Metric.WAGE, "New York", chosen,
				List.of(new Conflict.Disagreeing(ClaimsFromFigures.claimId(nysdol), null)), false);
	}
}
