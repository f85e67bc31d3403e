package com.careerbrief.reconcile;

import static com.careerbrief.reconcile.MedicalRecordsFixtures.seedId;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.careerbrief.model.ChosenFigure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Period;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;
import com.careerbrief.report.verdict.ReportWording;

/** The conclusions of seed-claims.md "What a careful analyst concludes", checked on the real 29-2072 figures. */
class ReconcilerTests {

	static ReconciledOccupation result;

	/** The words the reports give the result (report/verdict). */
	static ReportWording wording;

	@BeforeAll
	static void reconcile() {
		ReconcileProperties props = ReconcileProperties.defaults();
		result = new Reconciler(props).reconcile(MedicalRecordsFixtures.OCCUPATION, MedicalRecordsFixtures.own(),
				MedicalRecordsFixtures.related(), MedicalRecordsFixtures.seedClaims(), SourceReliability.uninformed(props));
		wording = new ReportWording(MedicalRecordsFixtures.seedClaims(), result.verdicts());
	}

	static String reason(Verdict v) {
		return wording.reason(v);
	}

	static String says(Verdict v) {
		return wording.says(v);
	}

	static String finding(Verdict v) {
		return wording.finding(v);
	}

	static java.util.List<String> candidates(com.careerbrief.model.Conflict c) {
		return wording.candidates(c);
	}

	static String explanation(com.careerbrief.model.Conflict c) {
		return wording.explanation(c);
	}

	static List<Verdict> verdicts(int claim) {
		return result.verdicts().stream().filter(v -> v.claimId().equals(seedId(claim))).toList();
	}

	static List<VerdictKind> kinds(int claim) {
		return verdicts(claim).stream().map(Verdict::kind).toList();
	}

	static Verdict verdict(int claim, VerdictKind kind) {
		return verdicts(claim).stream().filter(v -> v.kind() == kind).findFirst().orElseThrow();
	}

	@Test
	void claim7MatchesTheMay2024MedianExactly() {
		assertThat(kinds(7)).containsExactly(VerdictKind.MATCHES);
		Verdict v = verdict(7, VerdictKind.MATCHES);
		assertThat(v.checkedAgainst().statistic()).isEqualTo(Statistic.MEDIAN);
		assertThat(v.checkedAgainst().period()).isEqualTo(Period.survey(2024));
		assertThat(v.checkedAgainst().source().sourceId()).isEqualTo("bls-oews-2024");
		assertThat(reason(v)).contains("That is the official median pay in May 2024 (BLS OEWS May 2024)");
	}

	@Test
	void claim10IsThe2015MedianCalledAnAverage() {
		assertThat(kinds(10)).containsExactlyInAnyOrder(VerdictKind.MATCHES, VerdictKind.OUTDATED,
				VerdictKind.MISLABELLED_STATISTIC);
		Verdict v = verdict(10, VerdictKind.MATCHES);
		assertThat(v.checkedAgainst().period()).isEqualTo(Period.year(2015));
		assertThat(v.checkedAgainst().statistic()).isEqualTo(Statistic.MEDIAN);
		assertThat(v.checkedAgainst().originalCode()).isEqualTo("29-2071");
		assertThat(reason(v)).isEqualTo("An article says the average is $37,110. That was the median pay in 2015 "
				+ "(BLS Employment Projections 2014–24, code 29-2071); today's median is $50,250 (May 2024).");
		// the statement of the claim and the finding are kept apart: the brief words the claim itself
		assertThat(says(v)).isEqualTo("An article says the average is $37,110.");
		assertThat(finding(v)).startsWith("That was the median pay in 2015 ");
		assertThat(says(verdict(10, VerdictKind.MISLABELLED_STATISTIC))).isEmpty();
		assertThat(reason(verdict(10, VerdictKind.MISLABELLED_STATISTIC))).contains("not a mean");
		assertThat(verdict(10, VerdictKind.OUTDATED).checkedAgainst().value()).isEqualByComparingTo("50250");
	}

	@Test
	void claim4ConflictsAt21PercentBelowTheMay2024Mean() {
		assertThat(kinds(4)).containsExactly(VerdictKind.CONFLICTS);
		Verdict v = verdict(4, VerdictKind.CONFLICTS);
		assertThat(v.checkedAgainst().value()).isEqualByComparingTo("55970");
		assertThat(v.distancePercent()).isEqualByComparingTo("-20.8");
		assertThat(says(v)).isEmpty();
		assertThat(reason(v)).startsWith("$44,324 matches no official figure for any year; it is 21% below the May 2024 "
				+ "mean of $55,970").endsWith("and no source is cited.");
	}

	@Test
	void claims8And9MatchProjections2016to26AfterRoundingAndAreSuperseded() {
		assertThat(kinds(8)).containsExactly(VerdictKind.ROUNDED, VerdictKind.SUPERSEDED);
		assertThat(verdict(8, VerdictKind.ROUNDED).checkedAgainst().value()).isEqualByComparingTo("13.5");
		assertThat(verdict(8, VerdictKind.ROUNDED).checkedAgainst().period()).isEqualTo(Period.projection(2016, 2026));
		assertThat(verdict(8, VerdictKind.SUPERSEDED).checkedAgainst().value()).isEqualByComparingTo("7.1");
		assertThat(reason(verdict(8, VerdictKind.SUPERSEDED))).contains("2024–34").contains("+7.1%");
		assertThat(kinds(9)).containsExactly(VerdictKind.ROUNDED, VerdictKind.SUPERSEDED);
		assertThat(verdict(9, VerdictKind.ROUNDED).checkedAgainst().value()).isEqualByComparingTo("27.8");
		assertThat(reason(verdict(9, VerdictKind.ROUNDED))).contains("27,800");
	}

	@Test
	void claim1HasNoProjectionToCheckAndIsSupersededBy2024to34() {
		assertThat(kinds(1)).containsExactly(VerdictKind.UNCHECKABLE, VerdictKind.SUPERSEDED);
		assertThat(reason(verdict(1, VerdictKind.UNCHECKABLE))).contains("No official 2023–2033 projection is in the data");
		assertThat(verdict(1, VerdictKind.SUPERSEDED).checkedAgainst().value()).isEqualByComparingTo("7.1");
	}

	@Test
	void claims11And12AreOfAVintageTheDataLacksAndOutdated() {
		assertThat(kinds(11)).containsExactly(VerdictKind.UNCHECKABLE, VerdictKind.OUTDATED);
		assertThat(reason(verdict(11, VerdictKind.UNCHECKABLE))).contains("$61,400").contains("May 2013 ($57,320)")
				.contains("May 2017 ($64,610)");
		assertThat(reason(verdict(11, VerdictKind.OUTDATED))).contains("$80,950");
		assertThat(kinds(12)).containsExactly(VerdictKind.UNCHECKABLE, VerdictKind.OUTDATED);
		assertThat(reason(verdict(12, VerdictKind.OUTDATED))).contains("$35,780");
	}

	@Test
	void claim6IsCloseToTheHybridCodes2020TenthPercentile() {
		assertThat(kinds(6)).contains(VerdictKind.DIFFERENT_SCOPE, VerdictKind.OUTDATED);
		Verdict scope = verdict(6, VerdictKind.DIFFERENT_SCOPE);
		assertThat(scope.checkedAgainst().socCode()).isEqualTo("29-2098");
		assertThat(scope.checkedAgainst().value()).isEqualByComparingTo("28800");
		assertThat(reason(scope)).contains("$28,800").contains("29-2098");
		assertThat(reason(verdict(6, VerdictKind.OUTDATED))).contains("today's 10th percentile is $35,780 (May 2024)");
	}

	@Test
	void claim5FallsShortOfToday90thPercentile() {
		assertThat(kinds(5)).doesNotContain(VerdictKind.MATCHES);
		assertThat(verdicts(5)).anySatisfy(v -> {
			assertThat(reason(v)).contains("$80,950");
			assertThat(v.distancePercent()).isNegative();
		});
	}

	@Test
	void rangesSayWhatTheyCover() {
		Verdict wide = verdict(2, VerdictKind.MATCHES);
		assertThat(reason(wide)).contains("holds today's median of $50,250 (May 2024)")
				.contains("does not cover the official 10th–90th percentile spread ($35,780–$80,950, May 2024)");
		Verdict narrow = verdict(3, VerdictKind.MATCHES);
		assertThat(reason(narrow)).contains("its high end is 38% below the 90th percentile, so it understates top pay");
	}

	@Test
	void chosenMedianIsTheMay2024OewsMedianWithItsSpread() {
		ChosenFigure median = chosen(Metric.WAGE, Statistic.MEDIAN);
		assertThat(median.value()).isEqualByComparingTo("50250");
		assertThat(median.period()).isEqualTo(Period.survey(2024));
		assertThat(median.source().sourceId()).isEqualTo("bls-oews-2024");
		assertThat(median.low()).isEqualByComparingTo("35780");
		assertThat(median.high()).isEqualByComparingTo("80950");
	}

	@Test
	void chosenGrowthIs7Point1PercentFor2024to34() {
		ChosenFigure growth = chosen(Metric.EMPLOYMENT_CHANGE_PERCENT, Statistic.VALUE);
		assertThat(growth.value()).isEqualByComparingTo("7.1");
		assertThat(growth.period()).isEqualTo(Period.projection(2024, 2034));
	}

	@Test
	void chosenMeanNeverTakesInTheOldMedianCalledAverage() {
		ChosenFigure mean = chosen(Metric.WAGE, Statistic.MEAN);
		assertThat(mean.value()).isEqualByComparingTo("55970");
		assertThat(result.chosen()).noneMatch(c -> c.value().compareTo(new BigDecimal("37110")) == 0);
		assertThat(result.chosen()).noneMatch(c -> c.statistic() == Statistic.AVERAGE_AS_WORDED);
	}

	@Test
	void nationalWageConflictListsTheArticleFiguresBesideTheMedian() {
		assertThat(result.conflicts()).filteredOn(c -> c.metric() == Metric.WAGE).singleElement().satisfies(c -> {
			assertThat(c.chosen().value()).isEqualByComparingTo("50250");
			assertThat(candidates(c)).anyMatch(s -> s.startsWith("$44,324"));
			assertThat(candidates(c)).anyMatch(s -> s.startsWith("$37,110"));
			assertThat(explanation(c)).contains("not a mean");
		});
	}

	private static ChosenFigure chosen(Metric metric, Statistic statistic) {
		return result.chosen().stream().filter(c -> c.metric() == metric && c.statistic() == statistic
				&& c.area().equals("United States")).findFirst().orElseThrow();
	}
}
