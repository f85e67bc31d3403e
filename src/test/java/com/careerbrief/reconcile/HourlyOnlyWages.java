package com.careerbrief.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.careerbrief.model.AreaType;
import com.careerbrief.model.Bound;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Occupation;
import com.careerbrief.model.OccupationReport;
import com.careerbrief.model.Period;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.SourceRef;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

/**
 * OEWS May 2024 rows whose annual wages BLS did not publish, as ingest keeps them, reconciled with default
 * settings: Actors (HOURLY=TRUE, every annual cell '*') and Plumbers with a marker in A_MEAN only.
 */
public final class HourlyOnlyWages {

	public static final Occupation ACTORS = new Occupation("27-2011", "Actors", null, 2, "Some college, no degree");

	public static final Occupation PLUMBERS = new Occupation("47-2152", "Plumbers, Pipefitters, and Steamfitters",
			null, 3, "High school diploma or equivalent");

	private HourlyOnlyWages() {
	}

	/** national_M2024_dl.csv line 467: H_MEAN 44.4, H_PCT10–H_PCT90 14 / 16.94 / 23.33 / 41.09 / 97.19, A_* '*'. */
	public static List<Figure> actors() {
		String soc = ACTORS.socCode();
		return List.of(wage(soc, Statistic.MEAN, Unit.USD_PER_HOUR, "44.4"), wage(soc, Statistic.P10, Unit.USD_PER_HOUR, "14"),
				wage(soc, Statistic.P25, Unit.USD_PER_HOUR, "16.94"), wage(soc, Statistic.MEDIAN, Unit.USD_PER_HOUR, "23.33"),
				wage(soc, Statistic.P75, Unit.USD_PER_HOUR, "41.09"), wage(soc, Statistic.P90, Unit.USD_PER_HOUR, "97.19"));
	}

	/** national_M2024_dl.csv line 1010 with A_MEAN '**' instead of 69940: every other wage published both ways. */
	public static List<Figure> plumbersWithoutAnnualMean() {
		String soc = PLUMBERS.socCode();
		List<Figure> figures = new ArrayList<>(List.of(wage(soc, Statistic.MEAN, Unit.USD_PER_HOUR, "33.63")));
		String[][] both = { { "P10", "19.55", "40670" }, { "P25", "23.49", "48860" }, { "MEDIAN", "30.27", "62970" },
				{ "P75", "39.37", "81900" }, { "P90", "50.55", "105150" } };
		for (String[] s : both) {
			figures.add(wage(soc, Statistic.valueOf(s[0]), Unit.USD_PER_HOUR, s[1]));
			figures.add(wage(soc, Statistic.valueOf(s[0]), Unit.USD_PER_YEAR, s[2]));
		}
		return figures;
	}

	/** The occupation's figures reconciled (no claims) into the report the workbook and the brief are written from. */
	public static OccupationReport report(Occupation occupation, List<Figure> figures) {
		ReconcileProperties props = ReconcileProperties.defaults();
		ReconciledOccupation reconciled = new Reconciler(props).reconcile(occupation, figures, List.of(), List.of(),
				SourceReliability.uninformed(props));
		return new OccupationReport(occupation, figures, List.of(), List.of(), List.of(), reconciled.verdicts(),
				reconciled.chosen(), reconciled.conflicts());
	}

	private static Figure wage(String soc, Statistic statistic, Unit unit, String value) {
		SourceRef source = new SourceRef("bls-oews-2024", "U.S. Bureau of Labor Statistics",
				"Occupational Employment and Wage Statistics, May 2024", "https://www.bls.gov/oes/", "May 2024",
				SourceKind.OFFICIAL, "national_M2024_dl.csv", 467);
		return new Figure(soc, soc, null, "Actors", Figure.UNITED_STATES, AreaType.NATIONAL, Metric.WAGE, statistic, unit,
				new BigDecimal(value), Bound.EXACT, Period.survey(2024), source);
	}
}
