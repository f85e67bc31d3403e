package com.careerbrief.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.careerbrief.model.ChosenFigure;
import com.careerbrief.model.Bound;
import com.careerbrief.model.AreaType;
import com.careerbrief.model.Why;
import com.careerbrief.model.Claim;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Occupation;
import com.careerbrief.model.Period;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.SourceRef;
import com.careerbrief.model.SourceWeight;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

/** A source that quotes BLS correctly earns more weight than one that does not, and that weight decides when BLS is silent. */
class SourceReliabilityTests {

	static final ReconcileProperties PROPS = ReconcileProperties.defaults();

	@Test
	void aBlogThatQuotesBlsCorrectlyOutweighsOneThatDoesNot() {
		SourceReliability rel = estimate();
		assertThat(rel.weight(source("careful-blog"))).isEqualTo(0.8); // (3 agreed + 1) / (3 checked + 2)
		assertThat(rel.weight(source("sloppy-blog"))).isEqualTo(0.25); // (0 + 1) / (2 + 2)
		assertThat(rel.weight(source("never-seen"))).isEqualTo(0.5);
		assertThat(rel.ledger()).filteredOn(w -> w.sourceId().equals("sloppy-blog")).singleElement()
				.satisfies(w -> assertThat(List.of(w.claims(), w.checked(), w.matched())).containsExactly(2L, 2L, 0L));
		assertThat(rel.ledger()).filteredOn(w -> w.kind() == SourceKind.OFFICIAL).extracting(SourceWeight::weight)
				.isNotEmpty().containsOnly(1.0);
	}

	@Test
	void anOldFigureGivenWithoutItsYearIsCheckedButDoesNotAgree() {
		String soc = MedicalRecordsFixtures.SOC;
		// $37,110 is the 2015 median (EP 2014-24) and $39,180 the 2017 one; today's is $50,250.
		List<Claim> claims = List.of(claim("undated-copy", soc, 1, Statistic.MEDIAN, "37110", Period.none()),
				claim("undated-copy", soc, 2, Statistic.MEDIAN, "39180", Period.none()),
				claim("dated-quote", soc, 1, Statistic.MEDIAN, "37110", Period.year(2015)),
				claim("dated-quote", soc, 2, Statistic.MEDIAN, "39180", Period.survey(2017)));
		List<Figure> figures = new ArrayList<>(MedicalRecordsFixtures.own());
		figures.addAll(MedicalRecordsFixtures.related());
		SourceReliability rel = SourceReliability.estimate(PROPS, Map.of(soc, claims), Map.of(soc, figures));

		assertThat(rel.ledger()).filteredOn(w -> w.sourceId().equals("undated-copy")).singleElement()
				.satisfies(w -> assertThat(List.of(w.claims(), w.checked(), w.matched())).containsExactly(2L, 2L, 0L));
		assertThat(rel.weight(source("undated-copy"))).isEqualTo(0.25); // (0 + 1) / (2 + 2)
		assertThat(rel.ledger()).filteredOn(w -> w.sourceId().equals("dated-quote")).singleElement()
				.satisfies(w -> assertThat(List.of(w.claims(), w.checked(), w.matched())).containsExactly(2L, 2L, 2L));
		assertThat(rel.weight(source("dated-quote"))).isEqualTo(0.75); // (2 + 1) / (2 + 2)
	}

	@Test
	void anOldProjectionGivenWithoutItsPeriodIsCheckedButDoesNotAgree() {
		String soc = MedicalRecordsFixtures.SOC;
		// 15.4% is the 2014-24 projection's growth; today's (2024-34) is 7.1%.
		List<Claim> claims = List.of(growth("undated-copy", soc, "15.4", Period.none()),
				growth("dated-quote", soc, "15.4", Period.projection(2014, 2024)));
		List<Figure> figures = new ArrayList<>(MedicalRecordsFixtures.own());
		figures.addAll(MedicalRecordsFixtures.related());
		SourceReliability rel = SourceReliability.estimate(PROPS, Map.of(soc, claims), Map.of(soc, figures));

		assertThat(rel.ledger()).filteredOn(w -> w.sourceId().equals("undated-copy")).singleElement()
				.satisfies(w -> assertThat(List.of(w.claims(), w.checked(), w.matched())).containsExactly(1L, 1L, 0L));
		assertThat(rel.ledger()).filteredOn(w -> w.sourceId().equals("dated-quote")).singleElement()
				.satisfies(w -> assertThat(List.of(w.claims(), w.checked(), w.matched())).containsExactly(1L, 1L, 1L));
	}

	private static Claim growth(String source, String soc, String percent, Period period) {
		return new Claim(source + "#G", source, soc, null, true, Metric.EMPLOYMENT_CHANGE_PERCENT, "growth", Statistic.VALUE,
				0, new BigDecimal(percent), null, Unit.PERCENT, period, "United States", null, null, null, percent + "%",
				null, source(source), List.of());
	}

	@Test
	void whenNoOfficialFigureExistsTheBetterSourceIsChosenAsStatedNotAveraged() {
		SourceReliability rel = estimate();
		Occupation other = new Occupation("99-0001", "Unlisted Occupation", null, 0, null);
		List<Claim> claims = List.of(claim("careful-blog", "99-0001", 1, Statistic.MEDIAN, "41000", Period.survey(2024)),
				claim("sloppy-blog", "99-0001", 2, Statistic.MEDIAN, "60000", Period.survey(2024)));
		ReconciledOccupation r = new Reconciler(PROPS).reconcile(other, List.of(), List.of(), claims, rel);
		ChosenFigure median = r.chosen().stream().filter(c -> c.statistic() == Statistic.MEDIAN).findFirst().orElseThrow();
		assertThat(median.value()).isEqualByComparingTo("41000");
		assertThat(median.source().sourceId()).isEqualTo("careful-blog");
		assertThat(median.confidence()).isLessThan(0.7);
		assertThat(r.verdicts()).allMatch(v -> v.kind() == com.careerbrief.model.VerdictKind.UNCHECKABLE);
	}

	@Test
	void aPayFigureDatedToAnOlderSurveyThanTheRunsNewestLosesToOneThatMayBeCurrent() {
		SourceReliability rel = estimate();
		assertThat(rel.currentPayYear("United States")).isEqualTo(2024); // the fixtures' newest OEWS survey
		assertThat(rel.currentPayYear("Indiana")).isZero();
		Occupation other = new Occupation("99-0001", "Unlisted Occupation", null, 0, null);
		// careful-blog (0.8) quotes the May 2019 survey correctly; sloppy-blog (0.25) gives an undated figure.
		List<Claim> claims = List.of(claim("careful-blog", "99-0001", 1, Statistic.MEDIAN, "41000", Period.survey(2019)),
				claim("sloppy-blog", "99-0001", 2, Statistic.MEDIAN, "45000", Period.none()));
		ChosenFigure median = chosenMedian(new Reconciler(PROPS).reconcile(other, List.of(), List.of(), claims, rel));
		assertThat(median.value()).isEqualByComparingTo("45000");
		assertThat(median.source().sourceId()).isEqualTo("sloppy-blog");
		assertThat(median.why()).isInstanceOfSatisfying(Why.FromSources.class, why -> assertThat(
				List.of(why.pool(), why.setAside(), why.datedBefore())).containsExactly(1, 1, 2024));

		// With nothing that may be current, the old survey's figure is still the best there is, with its date.
		ChosenFigure only = chosenMedian(new Reconciler(PROPS).reconcile(other, List.of(), List.of(), claims.subList(0, 1), rel));
		assertThat(only.value()).isEqualByComparingTo("41000");
		assertThat(only.period()).isEqualTo(Period.survey(2019));
	}

	@Test
	void whereTheSourcesGiveOnlyRoundFiguresTheFinestRoundingIsReported() {
		SourceReliability rel = estimate();
		Occupation other = new Occupation("99-0001", "Unlisted Occupation", null, 0, null);
		// Two blogs round to the nearest $1,000, one to the nearest $500: the truth lies within $250 of $35,500.
		List<Claim> claims = List.of(claim("blog-a", "99-0001", 1, Statistic.MEDIAN, "36000", Period.none()),
				claim("blog-b", "99-0001", 1, Statistic.MEDIAN, "36000", Period.none()),
				claim("blog-c", "99-0001", 1, Statistic.MEDIAN, "35500", Period.none()));
		ChosenFigure median = chosenMedian(new Reconciler(PROPS).reconcile(other, List.of(), List.of(), claims, rel));
		assertThat(median.value()).isEqualByComparingTo("35500");
		assertThat(List.of(median.low(), median.high())).containsExactly(new BigDecimal("35500"), new BigDecimal("36000"));
	}

	@Test
	void aStateFigureAsNewAsTheOccupationsOwnStateDataIsCurrentThoughAnotherOccupationsIsNewer() {
		String soc = MedicalRecordsFixtures.SOC;
		List<Figure> figures = new ArrayList<>(MedicalRecordsFixtures.own());
		figures.addAll(MedicalRecordsFixtures.stateOfficial()); // Indiana's mean of May 2023
		// Another occupation has a May 2024 figure for Indiana (as the shipped data scientists' state file does).
		Figure newer = new Figure("15-2051", "15-2051", null, "Data Scientists", "Indiana", AreaType.STATE, Metric.WAGE,
				Statistic.MEAN, Unit.USD_PER_YEAR, new BigDecimal("98000"), Bound.EXACT, Period.survey(2024),
				MedicalRecordsFixtures.stateOfficial().get(0).source());
		List<Claim> claims = new ArrayList<>(List.of(claim("careful-blog", soc, 1, Statistic.MEDIAN, "50250", Period.survey(2024)),
				claim("careful-blog", soc, 2, Statistic.MEAN, "55970", Period.survey(2024)),
				claim("careful-blog", soc, 3, Statistic.P90, "81000", Period.survey(2024)),
				claim("sloppy-blog", soc, 1, Statistic.MEAN, "44324", Period.year(2025)),
				claim("sloppy-blog", soc, 2, Statistic.MEDIAN, "61000", Period.survey(2024))));
		claims.add(inIndiana(claim("careful-blog", soc, 4, Statistic.MEDIAN, "44000", Period.survey(2023))));
		claims.add(inIndiana(claim("sloppy-blog", soc, 3, Statistic.MEDIAN, "47000", Period.none())));
		SourceReliability rel = SourceReliability.estimate(PROPS, Map.of(soc, claims, "15-2051", List.of()),
				Map.of(soc, figures, "15-2051", List.of(newer)));
		assertThat(rel.currentPayYear("Indiana")).isEqualTo(2024);

		ReconciledOccupation r = new Reconciler(PROPS).reconcile(MedicalRecordsFixtures.OCCUPATION, figures, List.of(), claims, rel);
		ChosenFigure median = r.chosen().stream().filter(c -> c.statistic() == Statistic.MEDIAN && c.area().equals("Indiana"))
			.findFirst().orElseThrow();
		assertThat(median.value()).isEqualByComparingTo("44000"); // May 2023 is as new as Indiana's own official pay
		assertThat(median.period()).isEqualTo(Period.survey(2023));
	}

	private static Claim inIndiana(Claim c) {
		return new Claim(c.claimId(), c.documentId(), c.socCode(), c.occupationAsWorded(), c.figure(), c.metric(),
				c.statisticAsWorded(), c.statistic(), c.percentile(), c.valueLow(), c.valueHigh(), c.unit(), c.period(), "Indiana",
				c.comparator(), c.attribution(), c.category(), c.text(), c.detail(), c.source(), c.quotes(), c.statedAverage());
	}

	@Test
	void anOfficialSourceReadFromANationalAndAStateFileNamesBothInTheLedger() {
		String soc = MedicalRecordsFixtures.SOC;
		SourceRef national = new SourceRef("bls-oews-2023", "U.S. Bureau of Labor Statistics",
				"Occupational Employment and Wage Statistics, May 2023", null, "May 2023", SourceKind.OFFICIAL,
				"oews/national/national_M2023_dl.csv", 10);
		SourceRef state = new SourceRef("bls-oews-2023", "U.S. Bureau of Labor Statistics",
				"Occupational Employment and Wage Statistics, May 2023, state estimates", null, "May 2023",
				SourceKind.OFFICIAL, "oews/state/state_M2023_dl.csv", 20);
		List<Figure> figures = List.of(
				new Figure(soc, soc, null, "Medical records specialists", Figure.UNITED_STATES, AreaType.NATIONAL,
						Metric.WAGE, Statistic.MEDIAN, Unit.USD_PER_YEAR, new BigDecimal("48780"), null, Period.survey(2023), national),
				new Figure(soc, soc, null, "Medical records specialists", "Indiana", AreaType.STATE, Metric.WAGE,
						Statistic.MEAN, Unit.USD_PER_YEAR, new BigDecimal("45000"), null, Period.survey(2023), state),
				new Figure(soc, soc, null, "Medical records specialists", "Ohio", AreaType.STATE, Metric.WAGE,
						Statistic.MEAN, Unit.USD_PER_YEAR, new BigDecimal("46000"), null, Period.survey(2023), state));

		SourceReliability rel = SourceReliability.estimate(PROPS, Map.of(soc, List.of()), Map.of(soc, figures));

		assertThat(rel.ledger()).filteredOn(w -> w.sourceId().equals("bls-oews-2023")).singleElement()
			.satisfies(w -> {
				assertThat(w.title()).isEqualTo("Occupational Employment and Wage Statistics, May 2023; "
						+ "Occupational Employment and Wage Statistics, May 2023, state estimates");
				assertThat(w.claims()).as("its figures").isEqualTo(3);
			});
	}

	private static ChosenFigure chosenMedian(ReconciledOccupation r) {
		return r.chosen().stream().filter(c -> c.statistic() == Statistic.MEDIAN).findFirst().orElseThrow();
	}

	private static SourceReliability estimate() {
		String soc = MedicalRecordsFixtures.SOC;
		List<Claim> claims = new ArrayList<>();
		claims.add(claim("careful-blog", soc, 1, Statistic.MEDIAN, "50250", Period.survey(2024)));
		claims.add(claim("careful-blog", soc, 2, Statistic.MEAN, "55970", Period.survey(2024)));
		claims.add(claim("careful-blog", soc, 3, Statistic.P90, "81000", Period.survey(2024)));
		claims.add(claim("sloppy-blog", soc, 1, Statistic.MEAN, "44324", Period.year(2025)));
		claims.add(claim("sloppy-blog", soc, 2, Statistic.MEDIAN, "61000", Period.survey(2024)));
		List<Figure> figures = new ArrayList<>(MedicalRecordsFixtures.own());
		figures.addAll(MedicalRecordsFixtures.related());
		return SourceReliability.estimate(PROPS, Map.of(soc, claims), Map.of(soc, figures));
	}

	static SourceRef source(String id) {
		return new SourceRef(id, null, id, null, null, SourceKind.ARTICLE, id + ".txt", 0);
	}

	static Claim claim(String source, String soc, int n, Statistic statistic, String value, Period period) {
		return new Claim(source + "#F" + n, source, soc, null, true, Metric.WAGE, statistic.name().toLowerCase(), statistic,
				0, new BigDecimal(value), null, Unit.USD_PER_YEAR, period, "United States", null, null, null, value, null,
				source(source), List.of());
	}
}
