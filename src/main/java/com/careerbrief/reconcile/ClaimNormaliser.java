package com.careerbrief.reconcile;

import java.util.regex.Pattern;

import com.careerbrief.model.Claim;
import com.careerbrief.model.DocumentInfo;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Footing;
import com.careerbrief.model.Period;
import com.careerbrief.model.PeriodKind;
import com.careerbrief.model.Statistic;

/**
 * Puts a figure claim on the official footing: hourly pay to annual at the configured hours, thousands
 * to persons, place names to the table's names, and an unstated period to the document's date, marked
 * inherited. "Average" stays {@link Statistic#AVERAGE_AS_WORDED} until matching decides what it was.
 */
public final class ClaimNormaliser {

	private static final Pattern NATIONAL = Pattern.compile(
			"u\\.?s\\.?a?\\.?|united states( of america)?|national(ly)?|nationwide|the u\\.s\\.");

	private final ReconcileProperties props;

	public ClaimNormaliser(ReconcileProperties props) {
		this.props = props;
	}

	/**
	 * Normalises one figure claim.
	 * @param claim a figure claim (figure = true, value not null)
	 * @param document the claim's document, or null when unknown (then nothing is inherited)
	 */
	NormalisedClaim normalise(Claim claim, DocumentInfo document) {
		int hours = props.hoursPerYear();
		Statistic statistic = claim.statistic() == null ? Statistic.VALUE : claim.statistic();
		return new NormalisedClaim(claim, new Footing(Units.toBase(claim.valueLow(), claim.unit(), hours),
				Units.toBase(claim.valueHigh(), claim.unit(), hours), Units.base(claim.unit()), statistic,
				place(claim.place()), period(claim.period(), document)));
	}

	/** "U.S.", "national" or nothing mean the United States; "New York State" is New York. */
	public static String place(String place) {
		if (place == null || place.isBlank() || place.equals(Figure.UNITED_STATES)) {
			return Figure.UNITED_STATES;
		}
		String p = place.trim();
		if (NATIONAL.matcher(p.toLowerCase()).matches()) {
			return Figure.UNITED_STATES;
		}
		return p.endsWith(" State") ? p.substring(0, p.length() - " State".length()) : p;
	}

	private static Period period(Period period, DocumentInfo document) {
		if (period != null && !(period.kind() == PeriodKind.NONE && document != null && document.date() != null)) {
			return period;
		}
		if (document == null || document.date() == null) {
			return Period.none();
		}
		return Period.inherited(document.date().getYear(), document.dateInferred());
	}
}
