package com.careerbrief.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Period;
import com.careerbrief.model.PeriodKind;
import com.careerbrief.model.Statistic;

/** The job-outlook tiles of the quick-facts box, from the newest national employment projection. */
final class OutlookFacts {

	private final OutlookWording wording = new OutlookWording();

	List<String[]> tiles(BriefContext context) {
		ReportFacts facts = context.facts();
		List<String[]> tiles = new ArrayList<>();
		Optional<Figure> change = facts.newestNational(Metric.EMPLOYMENT_CHANGE_PERCENT, Statistic.VALUE, null,
				PeriodKind.PROJECTION);
		change.ifPresent(c -> tiles.add(new String[] { context.national("Job outlook, " + years(c.period())),
				Amounts.percent(c.value()), wording.words(c.value(), c.period()).map(w -> capital(w)).orElse(null) }));
		// Openings as an annual average only: the 2014–24 projection published a ten-year total instead.
		facts.newestNational(Metric.OPENINGS, Statistic.VALUE, null, PeriodKind.PROJECTION)
				.ifPresent(o -> tiles.add(new String[] { context.national("Job openings each year, " + years(o.period())),
						capital(Amounts.persons(o.value(), o.unit(), o.bound())), "Average per year, from growth and replacement" }));
		return tiles;
	}

	/** A projection's decade in full ("2024–2034"), so a reader does not take "–34" for a number. */
	static String years(Period p) {
		return p.kind() == PeriodKind.PROJECTION ? p.startYear() + "–" + p.endYear() : p.label();
	}

	private static String capital(String words) {
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
