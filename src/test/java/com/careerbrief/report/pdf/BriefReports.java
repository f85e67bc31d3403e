package com.careerbrief.report.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.careerbrief.model.AreaType;
import com.careerbrief.model.Bound;
import com.careerbrief.model.ChosenFigure;
import com.careerbrief.model.Claim;
import com.careerbrief.model.Conflict;
import com.careerbrief.model.DocumentInfo;
import com.careerbrief.model.FactCategory;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Finding;
import com.careerbrief.model.Footing;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Occupation;
import com.careerbrief.model.OccupationReport;
import com.careerbrief.model.OccupationText;
import com.careerbrief.model.OfficialFigure;
import com.careerbrief.model.Period;
import com.careerbrief.model.Quote;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.SourceRef;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;
import com.careerbrief.model.Why;
import com.careerbrief.reconcile.ClaimsFromFigures;

/**
 * Occupation reports built by hand from the real data: OEWS national files May 2013–2024 (input/oews),
 * EP 2024–34 and 2016–26, OEWS May 2023 state means, O*NET 29.2, and the career-profile article.
 */
final class BriefReports {

	static final String SOC = "29-2072";
	static final String TITLE = "Medical Records Specialists";
	static final String ARTICLE_ID = "medical-records-technician-career-profile";
	/** What the brief says of the $37,110 claim after wording it itself (report/verdict words the finding). */
	static final String OUTDATED_REASON = "That was the median pay in May 2015 (BLS Occupational Employment and Wage "
			+ "Statistics, national); today's median is $50,250 (May 2024).";

	static final SourceRef ONET = new SourceRef("onet-29.2", "O*NET Resource Center", "O*NET 29.2 Database",
			"https://www.onetcenter.org/database.html", "February 2025", SourceKind.OFFICIAL, "Task Statements.txt", 0);
	static final SourceRef EP = new SourceRef("bls-ep-2024-34", "U.S. Bureau of Labor Statistics",
			"Employment Projections 2024–34, occupational projections", "https://www.bls.gov/emp/", "2025",
			SourceKind.OFFICIAL, "ep_2024-34_table1.2_occupational_projections.csv", 0);
	static final SourceRef STATES = new SourceRef("bls-oews-state-2023", "U.S. Bureau of Labor Statistics",
			"OEWS state estimates", "https://www.bls.gov/oes/", "May 2023", SourceKind.OFFICIAL, "state_M2023_dl.xlsx", 0);
	static final SourceRef NYSDOL = new SourceRef("nys-dol-2023", "New York State Department of Labor",
			"Occupational Wages", null, null, SourceKind.AGENCY, "NYSDOL_oews-newyork.csv", 0);
	static final SourceRef ARTICLE = new SourceRef(ARTICLE_ID, null, "Career Profile and Forecast: Medical Records Technician",
			null, null, SourceKind.ARTICLE, ARTICLE_ID + ".txt", 0);

	private BriefReports() {
	}

	/** 29-2072 with official figures, O*NET texts, one article, its claims and their verdicts. */
	static OccupationReport medicalRecords() {
		List<Figure> figures = new ArrayList<>(nationalMay2024());
		figures.addAll(medianHistory());
		figures.addAll(projections());
		figures.add(state("Indiana", "48220", STATES));
		figures.add(state("New York", "60510", STATES));
		figures.add(state("Washington", "64250", STATES));
		figures.add(state("New York", "57529", NYSDOL));
		return new OccupationReport(occupation(), figures, texts(), List.of(document()), claims(), verdicts(),
				List.of(chosenMedian("50250")), List.of());
	}

	/**
	 * 29-2072 as {@link #medicalRecords()}, with New York's two official means in conflict as reconcile finds them:
	 * BLS May 2023 $60,510 holds, New York State Department of Labor's $57,529 (year not stated) disagrees.
	 */
	static OccupationReport medicalRecordsWithNewYorkConflict() {
		OccupationReport base = medicalRecords();
		List<Figure> agency = base.figures().stream().filter(f -> f.source() == NYSDOL).toList();
		List<Claim> agencyClaims = ClaimsFromFigures.convert(agency);
		List<Claim> claims = new ArrayList<>(base.claims());
		claims.addAll(agencyClaims);
		ChosenFigure held = new ChosenFigure(SOC, Metric.WAGE, Statistic.MEAN, "New York", Unit.USD_PER_YEAR,
				new BigDecimal("60510"), Bound.EXACT, Period.survey(2023), STATES, new BigDecimal("60510"),
				new BigDecimal("60510"), 0.9, null);
		Conflict newYork = new Conflict(SOC, Metric.WAGE, "New York", held,
				List.of(new Conflict.Disagreeing(agencyClaims.get(0).claimId(), null)), false);
		return new OccupationReport(base.occupation(), base.figures(), base.texts(), base.documents(), claims,
				base.verdicts(), base.chosen(), List.of(newYork));
	}

	/**
	 * 29-2072 as {@link #medicalRecords()}, with the lists an article like the seeds gives: internship settings,
	 * coursework, an accreditor named only in full (its acronym made from its initials) and career steps written
	 * as sentences.
	 */
	static OccupationReport medicalRecordsWithArticleLists() {
		OccupationReport base = medicalRecords();
		List<Claim> claims = new ArrayList<>(base.claims().stream()
				.filter(c -> c.category() != FactCategory.ACCREDITATION && c.category() != FactCategory.CAREER_STEP).toList());
		claims.add(fact("I1", FactCategory.INTERNSHIP, "Hospitals and large clinics", null));
		claims.add(fact("I2", FactCategory.INTERNSHIP, "Insurance companies and government agencies", null));
		claims.add(fact("K1", FactCategory.COURSEWORK, "Medical terminology", null));
		claims.add(fact("K2", FactCategory.COURSEWORK, "Disease pathology", null));
		claims.add(fact("A1", FactCategory.ACCREDITATION, "CAHIIM",
				"Commission on Accreditation for Health Informatics and Information Management" + Claim.MADE_UP_ACRONYM));
		claims.add(fact("S1", FactCategory.CAREER_STEP,
				"Start in entry-level roles like Medical Records Clerk, concentrating on data entry", null));
		claims.add(fact("S2", FactCategory.CAREER_STEP,
				"These positions usually require a postsecondary certificate or associate degree", null));
		return new OccupationReport(base.occupation(), base.figures(), base.texts(), base.documents(), claims,
				base.verdicts(), base.chosen(), base.conflicts());
	}

	/** As {@link #officialOnly()}, every year published under the one code 29-2072. */
	static OccupationReport officialOnlyOneCode() {
		List<Figure> figures = new ArrayList<>(nationalMay2024());
		medianHistory().forEach(f -> figures.add(new Figure(SOC, SOC, null, f.occupationTitle(), f.area(), f.areaType(),
				f.metric(), f.statistic(), f.unit(), f.value(), f.bound(), f.period(), f.source())));
		return new OccupationReport(occupation(), figures, texts(), List.of(), List.of(), List.of(), List.of(), List.of());
	}

	/** Only the OEWS national figures and O*NET texts: no articles, no claims, no projections. */
	static OccupationReport officialOnly() {
		List<Figure> figures = new ArrayList<>(nationalMay2024());
		figures.addAll(medianHistory());
		return new OccupationReport(occupation(), figures, texts(), List.of(), List.of(), List.of(), List.of(), List.of());
	}

	/** 29-1211 Anesthesiologists, May 2024: OEWS prints the median and above as "#" (at least $239,200 a year, $115.00 an hour). */
	static OccupationReport anesthesiologists() {
		Occupation occupation = new Occupation("29-1211", "Anesthesiologists", null, 5, "Doctoral or professional degree");
		List<Figure> figures = List.of(
				national("29-1211", Statistic.MEAN, Unit.USD_PER_YEAR, "336640", Bound.EXACT, 2024),
				national("29-1211", Statistic.P10, Unit.USD_PER_YEAR, "124450", Bound.EXACT, 2024),
				national("29-1211", Statistic.P25, Unit.USD_PER_YEAR, "186680", Bound.EXACT, 2024),
				national("29-1211", Statistic.MEDIAN, Unit.USD_PER_YEAR, "239200", Bound.AT_LEAST, 2024),
				national("29-1211", Statistic.MEDIAN, Unit.USD_PER_HOUR, "115.00", Bound.AT_LEAST, 2024),
				national("29-1211", Statistic.P90, Unit.USD_PER_YEAR, "239200", Bound.AT_LEAST, 2024));
		return new OccupationReport(occupation, figures, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
	}

	/** 29-2072 as {@link #medicalRecords()}, plus the national annual mean of May 2023 ($53,690) to set Indiana's against. */
	static OccupationReport medicalRecordsWithMean2023() {
		OccupationReport base = medicalRecords();
		List<Figure> figures = new ArrayList<>(base.figures());
		figures.add(national(SOC, Statistic.MEAN, Unit.USD_PER_YEAR, "53690", Bound.EXACT, 2023));
		return new OccupationReport(base.occupation(), figures, base.texts(), base.documents(), base.claims(),
				base.verdicts(), base.chosen(), base.conflicts());
	}

	/**
	 * 29-2072 as {@link #medicalRecords()}, with BLS's May 2023 mean for each of the 54 areas of the OEWS state file
	 * (state_M2023_dl.csv): the 50 states, DC, and Guam ($34,240), Puerto Rico ($26,120) and the Virgin Islands
	 * ($43,760), the three lowest but for Mississippi.
	 */
	static OccupationReport medicalRecordsAcrossStates() {
		OccupationReport base = medicalRecords();
		List<Figure> figures = new ArrayList<>(base.figures().stream().filter(f -> f.source() != STATES).toList());
		String[][] means = { { "Alabama", "42970" }, { "Alaska", "58900" }, { "Arizona", "50130" }, { "Arkansas", "44120" },
				{ "California", "64070" }, { "Colorado", "59760" }, { "Connecticut", "63250" }, { "Delaware", "51030" },
				{ "District of Columbia", "70900" }, { "Florida", "50230" }, { "Georgia", "51070" }, { "Guam", "34240" },
				{ "Hawaii", "62920" }, { "Idaho", "51160" }, { "Illinois", "54070" }, { "Indiana", "48220" },
				{ "Iowa", "49720" }, { "Kansas", "49560" }, { "Kentucky", "46840" }, { "Louisiana", "50700" },
				{ "Maine", "49270" }, { "Maryland", "62930" }, { "Massachusetts", "58890" }, { "Michigan", "49760" },
				{ "Minnesota", "60560" }, { "Mississippi", "42440" }, { "Missouri", "52310" }, { "Montana", "49020" },
				{ "Nebraska", "54580" }, { "Nevada", "48110" }, { "New Hampshire", "50430" }, { "New Jersey", "62900" },
				{ "New Mexico", "48490" }, { "New York", "60510" }, { "North Carolina", "49400" }, { "North Dakota", "52850" },
				{ "Ohio", "51190" }, { "Oklahoma", "49780" }, { "Oregon", "58890" }, { "Pennsylvania", "49680" },
				{ "Puerto Rico", "26120" }, { "Rhode Island", "56360" }, { "South Carolina", "53300" },
				{ "South Dakota", "52420" }, { "Tennessee", "55950" }, { "Texas", "48030" }, { "Utah", "57260" },
				{ "Vermont", "50950" }, { "Virgin Islands", "43760" }, { "Virginia", "54640" }, { "Washington", "64250" },
				{ "West Virginia", "44910" }, { "Wisconsin", "54370" }, { "Wyoming", "54180" } };
		for (String[] m : means) {
			figures.add(state(m[0], m[1], STATES));
		}
		return new OccupationReport(base.occupation(), figures, base.texts(), base.documents(), base.claims(),
				base.verdicts(), base.chosen(), base.conflicts());
	}

	/**
	 * 29-1212 Cardiologists: OEWS May 2024 national (national_M2024_dl.csv: the median and above printed "#", at least
	 * $239,200), the medians of May 2021–2024 (all "#": $208,000 in 2021, then $239,200) and the May 2023 means of
	 * the 35 states with a figure (state_M2023_dl.reduced_semicolon.csv), 11 of them "#" (at least $239,200).
	 */
	static OccupationReport cardiologists() {
		String soc = "29-1212";
		List<Figure> figures = new ArrayList<>(List.of(
				national(soc, Statistic.MEAN, Unit.USD_PER_YEAR, "432490", Bound.EXACT, 2024),
				national(soc, Statistic.P10, Unit.USD_PER_YEAR, "119970", Bound.EXACT, 2024),
				national(soc, Statistic.P25, Unit.USD_PER_YEAR, "230100", Bound.EXACT, 2024),
				national(soc, Statistic.MEDIAN, Unit.USD_PER_YEAR, "239200", Bound.AT_LEAST, 2024),
				national(soc, Statistic.MEDIAN, Unit.USD_PER_HOUR, "115.00", Bound.AT_LEAST, 2024),
				national(soc, Statistic.P75, Unit.USD_PER_YEAR, "239200", Bound.AT_LEAST, 2024),
				national(soc, Statistic.P90, Unit.USD_PER_YEAR, "239200", Bound.AT_LEAST, 2024),
				national(soc, Statistic.MEDIAN, Unit.USD_PER_YEAR, "208000", Bound.AT_LEAST, 2021),
				national(soc, Statistic.MEDIAN, Unit.USD_PER_YEAR, "239200", Bound.AT_LEAST, 2022),
				national(soc, Statistic.MEDIAN, Unit.USD_PER_YEAR, "239200", Bound.AT_LEAST, 2023)));
		String[][] means = { { "Alabama", "443520" }, { "California", "389120" }, { "Colorado", "#" }, { "Connecticut", "381730" },
				{ "Delaware", "#" }, { "Florida", "494690" }, { "Georgia", "429980" }, { "Illinois", "#" }, { "Indiana", "#" },
				{ "Iowa", "#" }, { "Louisiana", "422290" }, { "Maine", "#" }, { "Maryland", "#" }, { "Michigan", "368260" },
				{ "Minnesota", "523550" }, { "Mississippi", "418290" }, { "Nebraska", "439630" }, { "New Hampshire", "#" },
				{ "New Jersey", "331430" }, { "New Mexico", "382740" }, { "New York", "402840" }, { "North Carolina", "450610" },
				{ "Ohio", "500440" }, { "Oklahoma", "#" }, { "Oregon", "#" }, { "Pennsylvania", "408950" },
				{ "Rhode Island", "345690" }, { "South Carolina", "287360" }, { "Tennessee", "472670" }, { "Texas", "323310" },
				{ "Utah", "267030" }, { "Virginia", "399570" }, { "Washington", "473190" }, { "Wisconsin", "#" },
				{ "Wyoming", "498630" } };
		for (String[] m : means) {
			figures.add(stateMean(soc, "Cardiologists", m[0], m[1]));
		}
		Occupation occupation = new Occupation(soc, "Cardiologists", null, 5, "Doctoral or professional degree");
		return new OccupationReport(occupation, figures, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
	}

	/**
	 * 29-1243 Pediatric Surgeons: the U.S. mean of May 2023 ($449,320, national_M2023_dl.csv) and the May 2023 means
	 * of the seven states with a figure (state_M2023_dl.reduced_semicolon.csv), California and Texas "#" (at least
	 * $239,200).
	 */
	static OccupationReport pediatricSurgeons() {
		String soc = "29-1243";
		List<Figure> figures = new ArrayList<>(List.of(
				national(soc, Statistic.MEAN, Unit.USD_PER_YEAR, "449320", Bound.EXACT, 2023)));
		String[][] means = { { "Arizona", "533740" }, { "California", "#" }, { "Connecticut", "366000" },
				{ "Illinois", "256570" }, { "Michigan", "404160" }, { "New York", "359700" }, { "Texas", "#" } };
		for (String[] m : means) {
			figures.add(stateMean(soc, "Pediatric Surgeons", m[0], m[1]));
		}
		Occupation occupation = new Occupation(soc, "Pediatric Surgeons", null, 5, "Doctoral or professional degree");
		return new OccupationReport(occupation, figures, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
	}

	/**
	 * 29-1214 Emergency Medicine Physicians in Washington, as reconcile finds them in conflict: BLS May 2023 "#" (at
	 * least $239,200) holds, Washington State Employment Security Department's $323,440 (OEWS 2022,
	 * WAESD_oews-washington.csv) is listed against it.
	 */
	static OccupationReport emergencyPhysiciansInWashington() {
		String soc = "29-1214";
		SourceRef esd = new SourceRef("wa-esd-2022", "Washington State Employment Security Department", "OEWS 2022", null,
				"2022", SourceKind.AGENCY, "WAESD_oews-washington.csv", 0);
		String title = "Emergency Medicine Physicians";
		Figure agency = new Figure(soc, soc, null, title, "Washington", AreaType.STATE, Metric.WAGE, Statistic.MEAN,
				Unit.USD_PER_YEAR, new BigDecimal("323440"), Bound.EXACT, Period.survey(2022), esd);
		List<Figure> figures = List.of(stateMean(soc, title, "Washington", "#"), agency);
		List<Claim> claims = ClaimsFromFigures.convert(List.of(agency));
		ChosenFigure held = new ChosenFigure(soc, Metric.WAGE, Statistic.MEAN, "Washington", Unit.USD_PER_YEAR,
				new BigDecimal("239200"), Bound.AT_LEAST, Period.survey(2023), STATES, new BigDecimal("239200"),
				new BigDecimal("239200"), 0.9, null);
		Conflict washington = new Conflict(soc, Metric.WAGE, "Washington", held,
				List.of(new Conflict.Disagreeing(claims.get(0).claimId(), null)), false);
		Occupation occupation = new Occupation(soc, title, null, 5, "Doctoral or professional degree");
		return new OccupationReport(occupation, figures, List.of(), List.of(), claims, List.of(), List.of(), List.of(washington));
	}

	/** A May 2023 state mean from the OEWS state file; "#" is BLS's top-code, at least $239,200 that year. */
	private static Figure stateMean(String soc, String title, String state, String mean) {
		boolean topCoded = mean.equals("#");
		return new Figure(soc, soc, null, title, state, AreaType.STATE, Metric.WAGE, Statistic.MEAN, Unit.USD_PER_YEAR,
				new BigDecimal(topCoded ? "239200" : mean), topCoded ? Bound.AT_LEAST : Bound.EXACT, Period.survey(2023), STATES);
	}

	/**
	 * 15-2051 Data Scientists, an occupation no article covers: OEWS May 2024 national (national_M2024_dl.csv),
	 * EP 2024–34 (table 1.2: 245.9 thousand jobs, +33.5%, 23.4 thousand openings a year), the May 2024 state
	 * means of the OES query-tool export (OES_Report_data_scientists_by_state_May2024.csv) and O*NET 29.2 texts.
	 */
	static OccupationReport dataScientists() {
		String soc = "15-2051";
		String title = "Data Scientists";
		List<Figure> figures = new ArrayList<>();
		String[][] wages = { { "MEAN", "USD_PER_YEAR", "124590" }, { "MEDIAN", "USD_PER_YEAR", "112590" },
				{ "MEDIAN", "USD_PER_HOUR", "54.13" }, { "P10", "USD_PER_YEAR", "63650" }, { "P25", "USD_PER_YEAR", "82630" },
				{ "P75", "USD_PER_YEAR", "155810" }, { "P90", "USD_PER_YEAR", "194410" } };
		for (String[] w : wages) {
			figures.add(national(soc, Statistic.valueOf(w[0]), Unit.valueOf(w[1]), w[2], Bound.EXACT, 2024));
		}
		figures.add(new Figure(soc, soc, null, title, Figure.UNITED_STATES, AreaType.NATIONAL, Metric.EMPLOYMENT,
				Statistic.VALUE, Unit.PERSONS, new BigDecimal("233440"), Bound.EXACT, Period.survey(2024), oews(2024)));
		Period p = Period.projection(2024, 2034);
		figures.add(new Figure(soc, soc, null, title, Figure.UNITED_STATES, AreaType.NATIONAL, Metric.EMPLOYMENT_CHANGE_PERCENT,
				Statistic.VALUE, Unit.PERCENT, new BigDecimal("33.5"), Bound.EXACT, p, EP));
		figures.add(new Figure(soc, soc, null, title, Figure.UNITED_STATES, AreaType.NATIONAL, Metric.OPENINGS,
				Statistic.VALUE, Unit.THOUSANDS_OF_PERSONS, new BigDecimal("23.4"), Bound.EXACT, p, EP));
		SourceRef queryTool = new SourceRef("bls-oes-query-2024", "U.S. Bureau of Labor Statistics", "OES query tool, by state",
				"https://data.bls.gov/oes/", "May 2024", SourceKind.OFFICIAL, "OES_Report_data_scientists_by_state_May2024.csv", 0);
		String[][] states = { { "Washington", "162730" }, { "California", "155450" }, { "District of Columbia", "148170" },
				{ "New York", "133450" }, { "Virginia", "132230" }, { "Indiana", "92620" }, { "Mississippi", "77830" },
				{ "Puerto Rico", "72370" }, { "Alaska", "88690" } };
		for (String[] st : states) {
			figures.add(new Figure(soc, soc, null, title, st[0], AreaType.STATE, Metric.WAGE, Statistic.MEAN,
					Unit.USD_PER_YEAR, new BigDecimal(st[1]), Bound.EXACT, Period.survey(2024), queryTool));
		}
		List<OccupationText> texts = List.of(
				new OccupationText(soc, OccupationText.Kind.TASK, "Analyze, manipulate, or process large sets of data using statistical software.", 1, ONET),
				new OccupationText(soc, OccupationText.Kind.TASK, "Apply feature selection algorithms to models predicting outcomes of interest, such as sales, attrition, and healthcare use.", 2, ONET),
				new OccupationText(soc, OccupationText.Kind.ALTERNATE_TITLE, "Analytics Consultant", 0, ONET),
				new OccupationText(soc, OccupationText.Kind.ALTERNATE_TITLE, "Applied Scientist", 0, ONET),
				new OccupationText(soc, OccupationText.Kind.ENTRY_EDUCATION, "Bachelor's degree", 0, EP));
		Occupation occupation = new Occupation(soc, title, null, 4, "Bachelor's degree");
		return new OccupationReport(occupation, figures, texts, List.of(), List.of(), List.of(), List.of(), List.of());
	}

	/**
	 * 29-2072 with everything the two seed articles list (skills, settings, certifications, steps) and
	 * their pay claims with verdicts: the heaviest brief the seeds produce, for the two-page limit.
	 */
	static OccupationReport withSeedArticles() {
		OccupationReport base = medicalRecords();
		List<Claim> claims = new ArrayList<>(base.claims());
		List<Verdict> verdicts = new ArrayList<>(base.verdicts());
		String[][] lists = { { "SKILL", "Technical proficiency (EHR)", "Attention to detail", "Analytical thinking",
				"Regulatory knowledge", "Organisation", "Communication", "Integrity and discretion" },
				{ "WORK_SETTING", "Hospitals", "Clinics and doctor's offices", "Nursing care facilities", "Insurance companies",
						"Public health organisations", "Educational institutions", "Software vendors", "Government agencies",
						"Rehabilitation centers" },
				{ "CERTIFICATION", "CEHRS", "CCS", "CPC", "CCS-P", "CHDA", "CTR" },
				{ "EDUCATION_STEP", "High school diploma", "Postsecondary certificate or associate degree" },
				{ "CAREER_STEP", "Entry-level role", "Mid-level promotion", "Leadership" },
				{ "DUTY", "Code diagnoses and procedures using ICD-10, CPT and HCPCS", "Protect patient privacy under HIPAA and HITECH" } };
		int n = 100;
		for (String[] list : lists) {
			for (int i = 1; i < list.length; i++) {
				String detail = list[0].equals("CAREER_STEP") ? new String[] { "2–3 years", "3–5 years", "5–7 years; usually a bachelor’s degree" }[i - 1] : null;
				claims.add(fact("S" + n++, FactCategory.valueOf(list[0]), list[i], detail));
			}
		}
		String[][] pay = { { "AVERAGE_AS_WORDED", "44324", null, "CONFLICTS", "No official figure of any year is $44,324; it is 21% under the May 2024 mean of $55,970 and cites no source." },
				{ "TOP_EARNERS", "57500", null, "CONFLICTS", "The official 90th percentile is $80,950 (May 2024); top earners make more than the article says." },
				{ "ENTRY_LEVEL", "28500", null, "OUTDATED", "Close to the May 2020 10th percentile ($28,800); today's 10th percentile is $35,780." },
				{ "TOP_PERCENT", "61400", null, "OUTDATED", "Same old vintage as the $37,110 figure; today's 90th percentile is $80,950." },
				{ "BOTTOM_PERCENT", "24190", null, "OUTDATED", "Same old vintage as the $37,110 figure; today's 10th percentile is $35,780." },
				{ "RANGE", "45000", "55000", "DIFFERENT_SCOPE", "The range holds today's median ($50,250) but not the spread: 10% earn under $35,780 and 10% over $80,950." },
				{ "MEDIAN", "50250", null, "MATCHES", "Matches the BLS median for May 2024 exactly." } };
		for (String[] p : pay) {
			String id = ARTICLE_ID + "#P" + n++;
			claims.add(new Claim(id, ARTICLE_ID, SOC, null, true, Metric.WAGE, "as worded", Statistic.valueOf(p[0]),
					p[0].endsWith("PERCENT") ? 10 : 0, new BigDecimal(p[1]), p[2] == null ? null : new BigDecimal(p[2]),
					Unit.USD_PER_YEAR, Period.none(), "United States", null, null, null, "pay claim", null, ARTICLE, List.of()));
			verdicts.add(unmatchedPay(id, VerdictKind.valueOf(p[3]), p[1], p[2]));
		}
		return new OccupationReport(base.occupation(), base.figures(), base.texts(), base.documents(), claims, verdicts,
				base.chosen(), base.conflicts());
	}

	/**
	 * {@link #withSeedArticles()} plus {@code articles} more articles, each with a long title, its own long
	 * skills, settings, duties and certifications and an outdated pay claim: more than any list cap expects.
	 */
	static OccupationReport crowded(int articles) {
		OccupationReport base = withSeedArticles();
		List<Claim> claims = new ArrayList<>(base.claims());
		List<Verdict> verdicts = new ArrayList<>(base.verdicts());
		List<DocumentInfo> documents = new ArrayList<>(base.documents());
		for (int a = 1; a <= articles; a++) {
			String id = "crowded-article-" + a;
			SourceRef source = new SourceRef(id, "Career Blog " + a, "Everything You Need to Know About Becoming a Medical "
					+ "Records Specialist in " + (2015 + a % 10) + ", Part " + a, "https://example.org/careers/medical-records-" + a,
					null, SourceKind.ARTICLE, id + ".html", 0);
			documents.add(new DocumentInfo(id, id + ".html", source.title(), "Author " + a, LocalDate.of(2015 + a % 10, 3, 1),
					false, "byline date", String.valueOf(a).repeat(64).substring(0, 64), SOC, "medical records specialist", 0.9,
					List.of()));
			String[][] facts = { { "SKILL", "Meticulous command of electronic health record systems, variant " + a },
					{ "WORK_SETTING", "Regional outpatient surgery and diagnostic imaging centre number " + a },
					{ "DUTY", "Review, abstract and reconcile discharge summaries against billing codes, batch " + a },
					{ "CERTIFICATION", "Certified Records Credential Level " + a },
					{ "EDUCATION_STEP", "A specialised health information certificate programme, track " + a } };
			for (String[] f : facts) {
				claims.add(new Claim(id + "#S" + f[0], id, SOC, null, false, null, null, null, 0, null, null, null, Period.none(),
						null, null, null, FactCategory.valueOf(f[0]), f[1], null, source, List.of()));
			}
			String claimId = id + "#P1";
			claims.add(new Claim(claimId, id, SOC, null, true, Metric.WAGE, "average", Statistic.AVERAGE_AS_WORDED, 0,
					new BigDecimal(30000 + 100 * a), null, Unit.USD_PER_YEAR, Period.none(), "United States", null, null, null,
					"pay claim " + a, null, source, List.of()));
			verdicts.add(unmatchedPay(claimId, VerdictKind.CONFLICTS, String.valueOf(30000 + 100 * a), null));
		}
		return new OccupationReport(base.occupation(), base.figures(), base.texts(), documents, claims, verdicts,
				base.chosen(), base.conflicts());
	}

	/** {@link #medicalRecords()} with an O*NET description far too long for two pages: lists cannot make room for it. */
	static OccupationReport overlongDescription() {
		OccupationReport base = medicalRecords();
		List<OccupationText> texts = new ArrayList<>(base.texts());
		texts.add(text(OccupationText.Kind.DESCRIPTION, "Compile, process, and maintain medical records of hospital and "
				+ "clinic patients in a manner consistent with medical, administrative, ethical, legal, and regulatory "
				+ "requirements of the health care system. ".repeat(200), 0));
		return new OccupationReport(base.occupation(), base.figures(), texts, base.documents(), base.claims(), base.verdicts(),
				base.chosen(), base.conflicts());
	}

	static Occupation occupation() {
		return new Occupation(SOC, TITLE, null, 3, "Postsecondary nondegree award");
	}

	static List<Figure> nationalMay2024() {
		return List.of(national(SOC, Statistic.MEAN, Unit.USD_PER_YEAR, "55970", Bound.EXACT, 2024),
				national(SOC, Statistic.MEDIAN, Unit.USD_PER_HOUR, "24.16", Bound.EXACT, 2024),
				national(SOC, Statistic.P10, Unit.USD_PER_YEAR, "35780", Bound.EXACT, 2024),
				national(SOC, Statistic.P25, Unit.USD_PER_YEAR, "41600", Bound.EXACT, 2024),
				national(SOC, Statistic.P75, Unit.USD_PER_YEAR, "64070", Bound.EXACT, 2024),
				national(SOC, Statistic.P90, Unit.USD_PER_YEAR, "80950", Bound.EXACT, 2024),
				new Figure(SOC, SOC, null, TITLE, Figure.UNITED_STATES, AreaType.NATIONAL, Metric.EMPLOYMENT,
						Statistic.VALUE, Unit.PERSONS, new BigDecimal("187910"), Bound.EXACT, Period.survey(2024), oews(2024)));
	}

	/** Annual medians as published: SOC 2010 29-2071 to 2018, hybrid 29-2098 in 2019–2020, 29-2072 since 2021. */
	static List<Figure> medianHistory() {
		String[][] rows = { { "2013", "29-2071", "34970" }, { "2017", "29-2071", "39180" }, { "2018", "29-2071", "40350" },
				{ "2019", "29-2098", "42630" }, { "2020", "29-2098", "44090" }, { "2021", "29-2072", "46660" },
				{ "2022", "29-2072", "47180" }, { "2023", "29-2072", "48780" }, { "2024", "29-2072", "50250" } };
		List<Figure> history = new ArrayList<>();
		for (String[] r : rows) {
			int year = Integer.parseInt(r[0]);
			String soc = r[1].equals("29-2098") ? "29-2098" : SOC;
			history.add(new Figure(soc, r[1], null, TITLE, Figure.UNITED_STATES, AreaType.NATIONAL, Metric.WAGE,
					Statistic.MEDIAN, Unit.USD_PER_YEAR, new BigDecimal(r[2]), Bound.EXACT, Period.survey(year), oews(year)));
		}
		return history;
	}

	static List<Figure> projections() {
		Period p = Period.projection(2024, 2034);
		return List.of(figure(Metric.EMPLOYMENT_CHANGE_PERCENT, Unit.PERCENT, "7.1", p),
				figure(Metric.OPENINGS, Unit.THOUSANDS_OF_PERSONS, "14.2", p),
				figure(Metric.EMPLOYMENT, Unit.THOUSANDS_OF_PERSONS, "194.8", p));
	}

	static List<OccupationText> texts() {
		return List.of(text(OccupationText.Kind.TASK, "Assign the patient to diagnosis-related groups (DRGs), using appropriate computer software.", 2),
				text(OccupationText.Kind.TASK, "Compile and maintain patients' medical records to document condition and treatment and to provide data for research or cost control and care improvement efforts.", 1),
				text(OccupationText.Kind.ALTERNATE_TITLE, "Certified Coding Specialist", 0),
				text(OccupationText.Kind.ALTERNATE_TITLE, "Certified Professional Coder (CPC)", 0),
				text(OccupationText.Kind.ALTERNATE_TITLE, "CPC", 0),
				text(OccupationText.Kind.ALTERNATE_TITLE, "Coding Specialist", 0),
				text(OccupationText.Kind.ENTRY_EDUCATION, "Postsecondary nondegree award", 0));
	}

	static DocumentInfo document() {
		return new DocumentInfo(ARTICLE_ID, ARTICLE_ID + ".txt", ARTICLE.title(), null, LocalDate.of(2018, 1, 1), true,
				"projection period 2016–2026", "0".repeat(64), SOC, "medical records technician", 0.9, List.of());
	}

	static List<Claim> claims() {
		Quote average = new Quote("Salary", "A study by the Bureau of Labor Statistics reports that MRTs earn an average of 37,110 dollars per year.", 0, 0);
		Quote growth = new Quote("", "The projection was 13% increase from 2016 to 2026.", 0, 0);
		return List.of(
				new Claim(ARTICLE_ID + "#F1", ARTICLE_ID, SOC, "medical records technician", true, Metric.WAGE,
						"earn an average of", Statistic.AVERAGE_AS_WORDED, 0, new BigDecimal("37110"), null,
						Unit.USD_PER_YEAR, Period.none(), "United States", null, "Bureau of Labor Statistics", null,
						"average salary $37,110", null, ARTICLE, List.of(average)),
				new Claim(ARTICLE_ID + "#F2", ARTICLE_ID, SOC, "MRT", true, Metric.EMPLOYMENT_CHANGE_PERCENT,
						"projected increase", Statistic.VALUE, 0, new BigDecimal("13"), null, Unit.PERCENT,
						Period.projection(2016, 2026), "United States", null, "Bureau of Labor Statistics", null,
						"employment +13%, 2016–2026", null, ARTICLE, List.of(growth)),
				fact("C1", FactCategory.CERTIFICATION, "RHIT", "Registered Health Information Technician, from AHIMA; needs an accredited associate degree and the exam"),
				fact("C2", FactCategory.DEGREE, "Associate degree in health information technology", "two years; AAS if no bachelor’s is planned"),
				fact("C3", FactCategory.ACCREDITATION, "CAHIIM", "programs accredited by the Commission on Accreditation for Health Informatics and Information Management Education"),
				fact("C4", FactCategory.SKILL, "Attention to detail", null),
				fact("C5", FactCategory.WORK_SETTING, "Hospitals", "most jobs"),
				fact("C6", FactCategory.CAREER_STEP, "Health information manager", "needs a BS in health information management"),
				fact("C7", FactCategory.DUTY, "Review patient records for completeness and accuracy", null),
				new Claim(ARTICLE_ID + "#F3", ARTICLE_ID, SOC, null, true, Metric.HOURS, "continuing education", Statistic.VALUE,
						0, new BigDecimal("20"), null, Unit.HOURS, Period.none(), null, null, null, null,
						"RHIT renewal: 20 hours of continuing education every two years", null, ARTICLE, List.of()));
	}

	static List<Verdict> verdicts() {
		// as the reconciler judges them: $37,110 is the May 2015 median, now outdated; +13% is the superseded 2016–26 projection
		OfficialFigure may2015 = official(national(SOC, Statistic.MEDIAN, Unit.USD_PER_YEAR, "37110", Bound.EXACT, 2015));
		OfficialFigure may2024 = official(median2024());
		Footing average = new Footing(new BigDecimal("37110"), null, Unit.USD_PER_YEAR, Statistic.AVERAGE_AS_WORDED,
				Figure.UNITED_STATES, Period.none());
		OfficialFigure growth = official(projections().get(0));
		return List.of(new Verdict(ARTICLE_ID + "#F1", VerdictKind.MATCHES, average, new Finding.Matched(may2015, true, may2024),
				may2015.figure(), BigDecimal.ZERO.setScale(1)),
				new Verdict(ARTICLE_ID + "#F1", VerdictKind.OUTDATED, average, new Finding.Stale(may2015, may2024),
						may2024.figure(), new BigDecimal("-26.1")),
				new Verdict(ARTICLE_ID + "#F2", VerdictKind.SUPERSEDED, new Footing(new BigDecimal("13"), null, Unit.PERCENT,
						Statistic.VALUE, Figure.UNITED_STATES, Period.projection(2016, 2026)), new Finding.Superseded(growth),
						growth.figure(), new BigDecimal("5.9")));
	}

	/** A pay claim that equals no official figure, measured against the May 2024 median. */
	static Verdict unmatchedPay(String claimId, VerdictKind kind, String low, String high) {
		OfficialFigure median = official(median2024());
		BigDecimal value = new BigDecimal(low);
		BigDecimal distance = value.subtract(median.value()).multiply(BigDecimal.valueOf(100))
			.divide(median.value(), 1, java.math.RoundingMode.HALF_UP);
		return new Verdict(claimId, kind, new Footing(value, high == null ? null : new BigDecimal(high), Unit.USD_PER_YEAR,
				Statistic.VALUE, Figure.UNITED_STATES, Period.none()), new Finding.Unmatched(median), median.figure(), distance);
	}

	static Figure median2024() {
		return national(SOC, Statistic.MEDIAN, Unit.USD_PER_YEAR, "50250", Bound.EXACT, 2024);
	}

	static OfficialFigure official(Figure f) {
		return new OfficialFigure(f, f.value(), f.unit(), true);
	}

	static Figure national(String soc, Statistic s, Unit unit, String value, Bound bound, int year) {
		return new Figure(soc, soc, null, TITLE, Figure.UNITED_STATES, AreaType.NATIONAL, Metric.WAGE, s, unit,
				new BigDecimal(value), bound, Period.survey(year), oews(year));
	}

	static ChosenFigure chosenMedian(String value) {
		return new ChosenFigure(SOC, Metric.WAGE, Statistic.MEDIAN, Figure.UNITED_STATES, Unit.USD_PER_YEAR,
				new BigDecimal(value), Bound.EXACT, Period.survey(2024), oews(2024), null, null, 1.0,
				new Why.NewestOfficial(null, null, 0, false, 0));
	}

	private static Figure state(String state, String value, SourceRef source) {
		// The New York DOL file does not state its reference year.
		Period period = source.kind() == SourceKind.AGENCY ? Period.none() : Period.survey(2023);
		return new Figure(SOC, SOC, null, TITLE, state, AreaType.STATE, Metric.WAGE, Statistic.MEAN, Unit.USD_PER_YEAR,
				new BigDecimal(value), Bound.EXACT, period, source);
	}

	private static Figure figure(Metric metric, Unit unit, String value, Period period) {
		return new Figure(SOC, SOC, null, TITLE, Figure.UNITED_STATES, AreaType.NATIONAL, metric, Statistic.VALUE, unit,
				new BigDecimal(value), Bound.EXACT, period, EP);
	}

	private static OccupationText text(OccupationText.Kind kind, String text, int rank) {
		return new OccupationText(SOC, kind, text, rank, kind == OccupationText.Kind.ENTRY_EDUCATION ? EP : ONET);
	}

	private static Claim fact(String id, FactCategory category, String text, String detail) {
		return new Claim(ARTICLE_ID + "#" + id, ARTICLE_ID, SOC, null, false, null, null, null, 0, null, null, null,
				Period.none(), null, null, null, category, text, detail, ARTICLE, List.of());
	}

	private static SourceRef oews(int year) {
		return new SourceRef("bls-oews-" + year, "U.S. Bureau of Labor Statistics",
				"Occupational Employment and Wage Statistics, national", "https://www.bls.gov/oes/", "May " + year,
				SourceKind.OFFICIAL, "national_M" + year + "_dl.csv", 0);
	}
}
