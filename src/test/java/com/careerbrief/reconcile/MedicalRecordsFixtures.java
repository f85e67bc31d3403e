package com.careerbrief.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.careerbrief.model.AreaType;
import com.careerbrief.model.Bound;
import com.careerbrief.model.Claim;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Occupation;
import com.careerbrief.model.Period;
import com.careerbrief.model.PeriodKind;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.SourceRef;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

/**
 * The real official figures for 29-2072 Medical Records Specialists (values typed from the OEWS national
 * files, the EP tables and the state files listed in /work/shared/data/SOURCES.md) and the 12 seed claims of
 * /work/shared/spec/seed-claims.md, as the earlier stages would hand them over.
 */
final class MedicalRecordsFixtures {

	static final String SOC = "29-2072";

	static final String BLS = "U.S. Bureau of Labor Statistics";

	static final String DOC_000 = "000_ba2451e2a2281adf";

	static final String DOC_001 = "001_a0d3d7b075fc0545";

	static final Occupation OCCUPATION = new Occupation(SOC, "Medical Records Specialists", null, 3,
			"Postsecondary nondegree award");

	private MedicalRecordsFixtures() {
	}

	/** OEWS national 2013–2024 (29-2071 mapped to 29-2072 up to 2018; 2019–2020 only under hybrid 29-2098 are in {@link #related()}) and EP. */
	static List<Figure> own() {
		List<Figure> f = new ArrayList<>();
		f.addAll(oews(2013, "29-2071", "37710 34970 22700 27520 45260 57320", 180760));
		f.addAll(oews(2017, "29-2071", "42820 39180 25810 30990 51350 64610", 204220));
		f.addAll(oews(2018, "29-2071", "44010 40350 26550 32070 52730 66260", 208650));
		f.addAll(oews(2021, SOC, "48310 46660 29430 36930 59120 74200", 180570));
		f.addAll(oews(2022, SOC, "51090 47180 31710 37510 60170 75460", 187720));
		f.addAll(oews(2023, SOC, "53690 48780 35080 39620 61960 77810", 185690));
		f.addAll(oews(2024, SOC, "55970 50250 35780 41600 64070 80950", 187910));
		f.add(oewsHourly(2024, Statistic.MEDIAN, "24.16"));
		f.add(oewsHourly(2024, Statistic.MEAN, "26.91"));
		f.addAll(ep(2014, 2024, "29-2071", "188.6 217.6 29 15.4 71.2", Statistic.PERIOD_TOTAL, 2015, 37110));
		f.addAll(ep(2016, 2026, "29-2071", "206.3 234.1 27.8 13.5 15.8", Statistic.VALUE, 2017, 39180));
		f.addAll(ep(2024, 2034, SOC, "194.8 208.6 13.8 7.1 14.2", Statistic.VALUE, 2024, 50250));
		return f;
	}

	/** The hybrid code 29-2098 that held medical records specialists in OEWS 2019–2020 and EP 2019–29. */
	static List<Figure> related() {
		List<Figure> f = new ArrayList<>();
		f.addAll(oews(2019, "29-2098", "46590 42630 27820 33760 56000 71150", 331790));
		f.addAll(oews(2020, "29-2098", "48270 44090 28800 34810 57840 73370", 318010));
		f.addAll(ep(2019, 2029, "29-2098", "341.6 370.6 29 8.5 27.8", Statistic.VALUE, 2020, 44090));
		return f;
	}

	/** BLS OEWS May 2023 state means (official) and the New York and Washington agency releases. */
	static List<Figure> stateOfficial() {
		SourceRef s = new SourceRef("bls-oews-state-2023", BLS, "OEWS May 2023 state", null, "May 2023", SourceKind.OFFICIAL,
				"state_M2023_dl.reduced_semicolon.csv", 0);
		return List.of(state("New York", "60510", s), state("Washington", "64250", s), state("Indiana", "48220", s));
	}

	static List<Figure> agency() {
		SourceRef ny = new SourceRef("nysdol-oews", "New York State Department of Labor", "NYSDOL OEWS release", null, null,
				SourceKind.AGENCY, "NYSDOL_oews-newyork.csv", 357);
		SourceRef wa = new SourceRef("waesd-oews-2022", "Washington State Employment Security Department", "WA ESD OEWS 2022",
				null, "2022", SourceKind.AGENCY, "WAESD_oews-washington.csv", 350);
		Period none = Period.none();
		return List.of(agencyFigure("New York", Statistic.MEAN, Unit.USD_PER_YEAR, "57529", none, ny),
				agencyFigure("New York", Statistic.MEDIAN, Unit.USD_PER_YEAR, "51289", none, ny),
				agencyFigure("New York", Statistic.ENTRY_LEVEL, Unit.USD_PER_YEAR, "39360", none, ny),
				agencyFigure("New York", Statistic.EXPERIENCED, Unit.USD_PER_YEAR, "66614", none, ny),
				agencyFigure("Washington", Statistic.MEAN, Unit.USD_PER_HOUR, "26.44", Period.year(2022), wa),
				agencyFigure("Washington", Statistic.MEAN, Unit.USD_PER_YEAR, "54980", Period.year(2022), wa));
	}

	/** The 12 seed claims, as the extractor classifies them. */
	static List<Claim> seedClaims() {
		Period none = Period.none();
		return List.of(
				claim(DOC_000, 1, Metric.EMPLOYMENT_CHANGE_PERCENT, "projected change", Statistic.VALUE, 0, "9", null,
						Unit.PERCENT, new Period("2023–2033", 2023, 2033, PeriodKind.PROJECTION), null),
				claim(DOC_000, 2, Metric.WAGE, "average salaries range", Statistic.RANGE, 0, "45000", "55000", Unit.USD_PER_YEAR, none, null),
				claim(DOC_000, 3, Metric.WAGE, "national range", Statistic.RANGE, 0, "37000", "50500", Unit.USD_PER_YEAR, none, null),
				claim(DOC_000, 4, Metric.WAGE, "national average salary", Statistic.AVERAGE_AS_WORDED, 0, "44324", null,
						Unit.USD_PER_YEAR, new Period("as of 2025", 2025, 2025, PeriodKind.YEAR), null),
				claim(DOC_000, 5, Metric.WAGE, "top earners", Statistic.TOP_EARNERS, 0, "57500", null, Unit.USD_PER_YEAR, none, null),
				claim(DOC_000, 6, Metric.WAGE, "entry-level", Statistic.ENTRY_LEVEL, 0, "28500", null, Unit.USD_PER_YEAR, none, null),
				claim(DOC_000, 7, Metric.WAGE, "median annual wage", Statistic.MEDIAN, 0, "50250", null, Unit.USD_PER_YEAR,
						Period.survey(2024), BLS),
				claim(DOC_001, 8, Metric.EMPLOYMENT_CHANGE_PERCENT, "projected increase", Statistic.VALUE, 0, "13", null,
						Unit.PERCENT, new Period("2016–2026", 2016, 2026, PeriodKind.PROJECTION), "Bureau of Labor Statistics"),
				claim(DOC_001, 9, Metric.EMPLOYMENT_CHANGE_COUNT, "jobs created", Statistic.VALUE, 0, "28000", null, Unit.PERSONS,
						new Period("2016–2026", 2016, 2026, PeriodKind.PROJECTION), "Bureau of Labor Statistics"),
				claim(DOC_001, 10, Metric.WAGE, "earn an average of", Statistic.AVERAGE_AS_WORDED, 0, "37110", null,
						Unit.USD_PER_YEAR, none, "Bureau of Labor Statistics"),
				claim(DOC_001, 11, Metric.WAGE, "top 10%", Statistic.TOP_PERCENT, 10, "61400", null, Unit.USD_PER_YEAR, none,
						"Bureau of Labor Statistics"),
				claim(DOC_001, 12, Metric.WAGE, "bottom 10%", Statistic.BOTTOM_PERCENT, 10, "24190", null, Unit.USD_PER_YEAR,
						none, "Bureau of Labor Statistics"));
	}

	static String seedId(int n) {
		return (n <= 7 ? DOC_000 : DOC_001) + "#F" + n;
	}

	static Claim claim(String doc, int n, Metric metric, String worded, Statistic statistic, int percentile, String low,
			String high, Unit unit, Period period, String attribution) {
		SourceRef source = new SourceRef(doc, null, doc, null, null, SourceKind.ARTICLE, doc + ".txt", 0);
		return new Claim(doc + "#F" + n, doc, SOC, "medical records technician", true, metric, worded, statistic, percentile,
				new BigDecimal(low), high == null ? null : new BigDecimal(high), unit, period, "United States", null,
				attribution, null, worded + " " + low, null, source, List.of());
	}

	private static List<Figure> oews(int year, String code, String meanMedianP10P25P75P90, long employment) {
		String[] v = meanMedianP10P25P75P90.split(" ");
		Statistic[] stats = { Statistic.MEAN, Statistic.MEDIAN, Statistic.P10, Statistic.P25, Statistic.P75, Statistic.P90 };
		SourceRef s = oewsSource(year);
		List<Figure> out = new ArrayList<>();
		for (int i = 0; i < stats.length; i++) {
			out.add(figure(code, Metric.WAGE, stats[i], Unit.USD_PER_YEAR, v[i], Period.survey(year), s));
		}
		out.add(figure(code, Metric.EMPLOYMENT, Statistic.VALUE, Unit.PERSONS, String.valueOf(employment), Period.survey(year), s));
		return out;
	}

	private static Figure oewsHourly(int year, Statistic statistic, String value) {
		return figure(SOC, Metric.WAGE, statistic, Unit.USD_PER_HOUR, value, Period.survey(year), oewsSource(year));
	}

	static SourceRef oewsSource(int year) {
		return new SourceRef("bls-oews-" + year, BLS, "OEWS May " + year, null, "May " + year, SourceKind.OFFICIAL,
				"national_M" + year + "_dl.csv", 0);
	}

	private static List<Figure> ep(int a, int b, String code, String baseProjChangePctOpenings, Statistic openings,
			int wageYear, int median) {
		String[] v = baseProjChangePctOpenings.split(" ");
		Period p = Period.projection(a, b);
		SourceRef s = new SourceRef("bls-ep-" + a + "-" + (b % 100), BLS, "Employment Projections " + p.label(), null,
				p.label(), SourceKind.OFFICIAL, "ep_" + a + "-" + (b % 100) + ".csv", 0);
		return List.of(figure(code, Metric.EMPLOYMENT, Statistic.VALUE, Unit.THOUSANDS_OF_PERSONS, v[0], p, s),
				figure(code, Metric.EMPLOYMENT_PROJECTED, Statistic.VALUE, Unit.THOUSANDS_OF_PERSONS, v[1], p, s),
				figure(code, Metric.EMPLOYMENT_CHANGE_COUNT, Statistic.VALUE, Unit.THOUSANDS_OF_PERSONS, v[2], p, s),
				figure(code, Metric.EMPLOYMENT_CHANGE_PERCENT, Statistic.VALUE, Unit.PERCENT, v[3], p, s),
				figure(code, Metric.OPENINGS, openings, Unit.THOUSANDS_OF_PERSONS, v[4], p, s),
				figure(code, Metric.WAGE, Statistic.MEDIAN, Unit.USD_PER_YEAR, String.valueOf(median), Period.year(wageYear), s));
	}

	private static Figure figure(String code, Metric metric, Statistic statistic, Unit unit, String value, Period period,
			SourceRef source) {
		boolean hybrid = code.equals("29-2098");
		String soc = hybrid ? code : SOC;
		String note = hybrid ? "OEWS hybrid code 2019–2020, includes 29-2072"
				: code.equals(SOC) ? null : "SOC 2010 29-2071 split: part now 29-9021";
		String title = hybrid ? "Medical Dosimetrists, Medical Records Specialists, and Health Technologists and Technicians, All Other"
				: "Medical Records Specialists";
		return new Figure(soc, code, note, title, Figure.UNITED_STATES, AreaType.NATIONAL, metric, statistic, unit,
				new BigDecimal(value), Bound.EXACT, period, source);
	}

	private static Figure state(String area, String mean, SourceRef s) {
		return new Figure(SOC, SOC, null, "Medical Records Specialists", area, AreaType.STATE, Metric.WAGE, Statistic.MEAN,
				Unit.USD_PER_YEAR, new BigDecimal(mean), Bound.EXACT, Period.survey(2023), s);
	}

	private static Figure agencyFigure(String area, Statistic statistic, Unit unit, String value, Period period, SourceRef s) {
		return new Figure(SOC, SOC, null, "Medical Records Specialists", area, AreaType.STATE, Metric.WAGE, statistic, unit,
				new BigDecimal(value), Bound.EXACT, period, s);
	}
}
