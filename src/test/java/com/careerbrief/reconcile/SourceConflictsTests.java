package com.careerbrief.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.careerbrief.model.Claim;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Occupation;
import com.careerbrief.model.Period;
import com.careerbrief.model.Statistic;
import com.careerbrief.report.verdict.ReportWording;

/** Articles that disagree on an occupation no official table covers: the disagreement is shown and weights decide. */
class SourceConflictsTests {

	private static final ReconcileProperties PROPS = ReconcileProperties.defaults();

	private static final Occupation UNLISTED = new Occupation("99-0001", "Unlisted Occupation", null, 0, null);

	@Test
	void twoArticlesThatDisagreeWithoutOfficialDataGiveAConflictDecidedBySourceWeightNotByCount() {
		// given: careful-blog quoted BLS right 3 times out of 3 elsewhere, sloppy-blog and copy-blog 0 out of 2
		SourceReliability rel = reliability();
		List<Claim> claims = List.of(
				SourceReliabilityTests.claim("careful-blog", "99-0001", 11, Statistic.MEDIAN, "41000", Period.survey(2024)),
				SourceReliabilityTests.claim("sloppy-blog", "99-0001", 12, Statistic.MEDIAN, "60000", Period.survey(2024)),
				SourceReliabilityTests.claim("copy-blog", "99-0001", 13, Statistic.MEDIAN, "60000", Period.survey(2024)));

		// when
		ReconciledOccupation r = new Reconciler(PROPS).reconcile(UNLISTED, List.of(), List.of(), claims, rel);

		// then: one conflict, the careful blog's $41,000 chosen against two sources saying $60,000
		ReportWording wording = new ReportWording(claims, r.verdicts());
		assertThat(r.conflicts()).singleElement().satisfies(c -> {
			assertThat(c.chosen().value()).isEqualByComparingTo("41000");
			assertThat(c.chosen().source().sourceId()).isEqualTo("careful-blog");
			assertThat(wording.candidates(c)).hasSize(3);
			assertThat(wording.candidates(c).get(0)).startsWith("$41,000").contains("careful-blog");
			assertThat(wording.candidates(c).subList(1, 3)).allSatisfy(s -> assertThat(s).startsWith("$60,000"))
					.anySatisfy(s -> assertThat(s).contains("sloppy-blog")).anySatisfy(s -> assertThat(s).contains("copy-blog"));
			assertThat(wording.explanation(c)).contains("No official figure is in the data and the sources disagree")
					.contains("source weight 0.80").contains("source weight 0.25");
		});
	}

	@Test
	void articlesThatAgreeWithinRoundingGiveNoConflict() {
		SourceReliability rel = reliability();
		List<Claim> claims = List.of(
				SourceReliabilityTests.claim("careful-blog", "99-0001", 11, Statistic.MEDIAN, "41230", Period.survey(2024)),
				SourceReliabilityTests.claim("sloppy-blog", "99-0001", 12, Statistic.MEDIAN, "41000", Period.survey(2024)));

		ReconciledOccupation r = new Reconciler(PROPS).reconcile(UNLISTED, List.of(), List.of(), claims, rel);

		assertThat(r.conflicts()).isEmpty();
		assertThat(r.chosen()).singleElement().satisfies(c -> assertThat(c.value()).isEqualByComparingTo("41230"));
	}

	@Test
	void anAverageThatAnotherArticleGivesAsTheMedianIsPooledAsAMedian() {
		SourceReliability rel = reliability();
		List<Claim> claims = List.of(
				SourceReliabilityTests.claim("careful-blog", "99-0001", 11, Statistic.MEDIAN, "41230", Period.survey(2024)),
				SourceReliabilityTests.claim("sloppy-blog", "99-0001", 12, Statistic.AVERAGE_AS_WORDED, "41230", Period.none()));

		ReconciledOccupation r = new Reconciler(PROPS).reconcile(UNLISTED, List.of(), List.of(), claims, rel);

		assertThat(r.chosen()).extracting(c -> c.statistic()).containsOnly(Statistic.MEDIAN);
	}

	private static SourceReliability reliability() {
		String soc = MedicalRecordsFixtures.SOC;
		List<Claim> claims = new ArrayList<>();
		claims.add(SourceReliabilityTests.claim("careful-blog", soc, 1, Statistic.MEDIAN, "50250", Period.survey(2024)));
		claims.add(SourceReliabilityTests.claim("careful-blog", soc, 2, Statistic.MEAN, "55970", Period.survey(2024)));
		claims.add(SourceReliabilityTests.claim("careful-blog", soc, 3, Statistic.P90, "81000", Period.survey(2024)));
		for (String sloppy : List.of("sloppy-blog", "copy-blog")) {
			claims.add(SourceReliabilityTests.claim(sloppy, soc, 1, Statistic.MEAN, "44324", Period.year(2025)));
			claims.add(SourceReliabilityTests.claim(sloppy, soc, 2, Statistic.MEDIAN, "61000", Period.survey(2024)));
		}
		List<Figure> figures = new ArrayList<>(MedicalRecordsFixtures.own());
		figures.addAll(MedicalRecordsFixtures.related());
		return SourceReliability.estimate(PROPS, Map.of(soc, claims), Map.of(soc, figures));
	}
}
