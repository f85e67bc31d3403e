package com.careerbrief.report.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.careerbrief.model.AreaType;
import com.careerbrief.model.Bound;
import com.careerbrief.model.ChosenFigure;
import com.careerbrief.model.Claim;
import com.careerbrief.model.Conflict;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Finding;
import com.careerbrief.model.Footing;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Note;
import com.careerbrief.model.OfficialFigure;
import com.careerbrief.model.Period;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.SourceRef;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;
import com.careerbrief.model.Why;

/**
 * The sentences both reports show, made from a verdict's facts: real 29-2072 figures (OEWS May 2015 and May 2024
 * medians) and claims as the seed articles state them.
 */
class ReportWordingTests {

	private static final SourceRef OEWS = new SourceRef("bls-oews-2024", "U.S. Bureau of Labor Statistics",
			"OEWS May 2024", null, "May 2024", SourceKind.OFFICIAL, "national_M2024_dl.csv", 597);

	private static final OfficialFigure MAY_2015 = official(Statistic.MEDIAN, "37110", 2015);

	private static final OfficialFigure MAY_2024 = official(Statistic.MEDIAN, "50250", 2024);

	@Test
	void anOutdatedAverageIsStatedThenFoundToBeTheOldMedianInTodaysDollars() {
		Claim claim = claim("blog#F1", "blog", "37110", null, Statistic.AVERAGE_AS_WORDED, Period.year(2015), null);
		Verdict matched = new Verdict(claim.claimId(), VerdictKind.MATCHES, footing(claim),
				new Finding.Matched(MAY_2015, true, MAY_2024), MAY_2015.figure(), BigDecimal.ZERO)
			.withNote(new Note.Inflation(new BigDecimal("37110"), 2015, new BigDecimal("49114.6"), MAY_2024));
		ReportWording wording = new ReportWording(List.of(claim), List.of(matched));

		assertThat(wording.says(matched)).isEqualTo("An article says the average is $37,110 (2015).");
		assertThat(wording.finding(matched)).isEqualTo("That was the median pay in May 2015 (BLS OEWS May 2015); "
				+ "today's median is $50,250 (May 2024). In 2024 dollars (CPI-U), $37,110 of 2015 is about $49,100, "
				+ "2.3% below today's median of $50,250; adjusted for inflation by careerbrief, not a figure published by BLS.");
		assertThat(wording.reason(matched)).isEqualTo(wording.says(matched) + " " + wording.finding(matched));
	}

	@Test
	void aFigureCutDownToARoundNumberIsSaidToBeRoundedDown() {
		OfficialFigure p10 = official(Statistic.P10, "28800", 2020);
		Claim entry = claim("blog#F4", "blog", "28500", null, Statistic.ENTRY_LEVEL, Period.none(), null);
		Claim top = claim("blog#F5", "blog", "57500", null, Statistic.TOP_EARNERS, Period.none(), null);
		OfficialFigure p90 = official(Statistic.P90, "57320", 2013);
		Verdict down = new Verdict(entry.claimId(), VerdictKind.OUTDATED, footing(entry),
				new Finding.Matched(p10, false, MAY_2024), p10.figure(), BigDecimal.ZERO);
		Verdict nearest = new Verdict(top.claimId(), VerdictKind.OUTDATED, footing(top),
				new Finding.Matched(p90, false, MAY_2024), p90.figure(), BigDecimal.ZERO);
		ReportWording wording = new ReportWording(List.of(entry, top), List.of(down, nearest));

		// The nearest $500 to $28,800 is $29,000; $57,320 to the nearest $500 is $57,500.
		assertThat(wording.finding(down)).startsWith("Rounded down, that was the 10th percentile pay in May 2020: $28,800");
		assertThat(wording.finding(nearest)).startsWith("Rounded, that was the 90th percentile pay in May 2013: $57,320");
	}

	@Test
	void payNamedWithoutAStatisticIsSaidToBeUncheckableForThatReason() {
		// "in California, nurses make over $130,000": the reason was "No official figure on figure for California".
		Claim claim = claim("rn#F7", "rn", "130000", null, Statistic.VALUE, Period.none(), null);
		Footing california = new Footing(claim.valueLow(), null, Unit.USD_PER_YEAR, Statistic.VALUE, "California",
				Period.none());
		Verdict uncheckable = new Verdict(claim.claimId(), VerdictKind.UNCHECKABLE, california, new Finding.NoFigure(),
				null, null);

		assertThat(new ReportWording(List.of(claim), List.of(uncheckable)).finding(uncheckable))
			.isEqualTo("The pay in California is not said to be a median, a mean or a percentile, so $130,000 cannot be "
					+ "checked against an official figure.");
	}

	@Test
	void aPayRangeThatHoldsTheMedianWhereNoSpreadIsPublishedSaysJustThat() {
		Claim claim = claim("blog#F2", "blog", "45000", "55000", Statistic.RANGE, Period.none(), null);
		Verdict holds = new Verdict(claim.claimId(), VerdictKind.MATCHES, footing(claim),
				new Finding.RangeAgainst(MAY_2024, true, null), MAY_2024.figure(), BigDecimal.ZERO);

		assertThat(new ReportWording(List.of(claim), List.of(holds)).reason(holds))
			.isEqualTo("An article says pay ranges $45,000–$55,000. The range holds today's median of $50,250 (May 2024).");
	}

	@Test
	void anAnnualPayThatIsReallyTheHourlyMedianSaysSo() {
		Claim claim = claim("blog#F3", "blog", "24.16", null, Statistic.MEDIAN, Period.none(), null);
		OfficialFigure hourly = official(Statistic.MEDIAN, "24.16", 2024, Unit.USD_PER_HOUR);
		Verdict conflict = new Verdict(claim.claimId(), VerdictKind.CONFLICTS, footing(claim),
				new Finding.Unmatched(MAY_2024), MAY_2024.figure(), new BigDecimal("-100.0"))
			.withNote(new Note.HourlyEqualsHourly(new BigDecimal("24.16"), hourly));

		assertThat(new ReportWording(List.of(claim), List.of(conflict)).finding(conflict))
			.isEqualTo("$24 matches no official figure for any year; it is 100% below the May 2024 median of $50,250 "
					+ "(BLS OEWS May 2024), and no source is cited. It looks like an hourly rate given as annual pay: $24.16 "
					+ "a year equals the official hourly median in May 2024, $24.16 an hour (BLS OEWS May 2024).");
	}

	@Test
	void sourcesThatDisagreeWithoutOfficialDataAreWeighedInTheExplanation() {
		Claim careful = claim("careful-blog#F1", "careful-blog", "41000", null, Statistic.MEDIAN, Period.survey(2024), null);
		Claim sloppy = claim("sloppy-blog#F1", "sloppy-blog", "60000", null, Statistic.MEDIAN, Period.survey(2024), null);
		List<Claim> claims = List.of(careful, sloppy);
		ChosenFigure chosen = new ChosenFigure("99-0001", Metric.WAGE, Statistic.MEDIAN, Figure.UNITED_STATES,
				Unit.USD_PER_YEAR, new BigDecimal("41000"), Bound.EXACT, Period.survey(2024), careful.source(), null, null,
				0.5, new Why.FromSources(careful.claimId(), footing(careful), false, 2, 1, 0.8, 0, 0,
						new Why.Outvoted(sloppy.claimId(), footing(sloppy), true)));
		Conflict conflict = new Conflict("99-0001", Metric.WAGE, Figure.UNITED_STATES, chosen,
				List.of(new Conflict.Disagreeing(sloppy.claimId(), 0.25)), true);
		List<Verdict> verdicts = claims.stream().map(c -> new Verdict(c.claimId(), VerdictKind.UNCHECKABLE, footing(c),
				new Finding.NoFigure(), null, null)).toList();
		ReportWording wording = new ReportWording(claims, verdicts);

		assertThat(wording.why(chosen)).isEqualTo("No official figure is in the data; An article gives $41,000, backed by "
				+ "1 of 2 non-official figures weighted by how often each source agrees with official data (source weight "
				+ "0.80). Chosen over $60,000 (An article), which has more source weight, because it fits this occupation's "
				+ "other pay figures as official data for other occupations shows (the usual gaps between percentiles and "
				+ "the mean).");
		assertThat(wording.candidates(conflict)).containsExactly("$41,000 (median pay, May 2024, careful-blog)",
				"$60,000 (\u201cmedian\u201d, May 2024, sloppy-blog)");
		assertThat(wording.explanation(conflict)).startsWith("No official figure is in the data and the sources disagree. ")
			.endsWith(" An article gives $60,000 (source weight 0.25).");
	}

	@Test
	void aFigureChosenOverOlderDatedOnesSaysTheyWereSetAside() {
		Claim undated = claim("sloppy-blog#F2", "sloppy-blog", "45000", null, Statistic.MEDIAN, Period.none(), null);
		Claim old = claim("careful-blog#F1", "careful-blog", "41000", null, Statistic.MEDIAN, Period.survey(2019), null);
		ChosenFigure chosen = new ChosenFigure("99-0001", Metric.WAGE, Statistic.MEDIAN, Figure.UNITED_STATES,
				Unit.USD_PER_YEAR, new BigDecimal("45000"), Bound.EXACT, Period.none(), undated.source(), null, null,
				0.7, new Why.FromSources(undated.claimId(), footing(undated), false, 1, 1, 0.25, 1, 2024, null));
		List<Verdict> verdicts = List.of(undated, old).stream().map(c -> new Verdict(c.claimId(), VerdictKind.UNCHECKABLE,
				footing(c), new Finding.NoFigure(), null, null)).toList();

		assertThat(new ReportWording(List.of(undated, old), verdicts).why(chosen)).isEqualTo("No official figure is in the "
				+ "data; An article gives $45,000, the only non-official figure not dated before 2024 (source weight 0.25). "
				+ "1 other figure, dated before 2024, was set aside as older.");
	}

	@Test
	void twoClaimsWithOneIdAreRefusedByTheirTexts() {
		Claim first = claim("blog#F1", "blog", "37110", null, Statistic.AVERAGE_AS_WORDED, Period.none(), null);
		Claim second = claim("blog#F1", "blog", "44324", null, Statistic.AVERAGE_AS_WORDED, Period.none(), null);

		assertThatThrownBy(() -> new ReportWording(List.of(first, second), List.of()))
			.hasMessageContaining("share the id blog#F1").hasMessageContaining("average 37110")
			.hasMessageContaining("average 44324");
	}

	@Test
	void aVerdictOnAClaimTheOccupationDoesNotHoldIsNamed() {
		Verdict orphan = new Verdict("gone#F9", VerdictKind.UNCHECKABLE, null, new Finding.NoFigure(), null, null);

		assertThatThrownBy(() -> new ReportWording(List.of(), List.of(orphan)).reason(orphan))
			.hasMessageContaining("gone#F9");
	}

	private static Claim claim(String id, String doc, String low, String high, Statistic statistic, Period period,
			String attribution) {
		SourceRef source = new SourceRef(doc, null, doc, null, null, SourceKind.ARTICLE, doc + ".txt", 0);
		String worded = statistic == Statistic.AVERAGE_AS_WORDED ? "average" : statistic.name().toLowerCase();
		return new Claim(id, doc, "29-2072", "medical records technician", true, Metric.WAGE, worded, statistic, 0,
				new BigDecimal(low), high == null ? null : new BigDecimal(high), Unit.USD_PER_YEAR, period,
				Figure.UNITED_STATES, null, attribution, null, worded + " " + low, null, source, List.of());
	}

	private static Footing footing(Claim c) {
		return new Footing(c.valueLow(), c.valueHigh(), Unit.USD_PER_YEAR, c.statistic(), Figure.UNITED_STATES,
				c.period());
	}

	private static OfficialFigure official(Statistic statistic, String value, int year) {
		return official(statistic, value, year, Unit.USD_PER_YEAR);
	}

	private static OfficialFigure official(Statistic statistic, String value, int year, Unit unit) {
		SourceRef source = new SourceRef("bls-oews-" + year, OEWS.publisher(), "OEWS May " + year, null, "May " + year,
				SourceKind.OFFICIAL, "national_M" + year + "_dl.csv", 597);
		Figure f = new Figure("29-2072", "29-2072", null, "Medical Records Specialists", Figure.UNITED_STATES,
				AreaType.NATIONAL, Metric.WAGE, statistic, unit, new BigDecimal(value), Bound.EXACT, Period.survey(year),
				source);
		return new OfficialFigure(f, f.value(), unit, true);
	}
}
