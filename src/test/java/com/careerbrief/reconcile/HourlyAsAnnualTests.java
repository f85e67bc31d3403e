package com.careerbrief.reconcile;

import static com.careerbrief.reconcile.MedicalRecordsFixtures.DOC_000;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.careerbrief.model.Claim;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Period;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;
import com.careerbrief.report.verdict.ReportWording;

/**
 * An annual pay that conflicts because it is really an hourly rate says so, and names the official hourly
 * figure it equals (29-2072: median $24.16 an hour in May 2024; mean $53,690 a year in May 2023).
 */
class HourlyAsAnnualTests {

	static List<Verdict> verdicts;

	@BeforeAll
	static void reconcile() {
		List<Claim> claims = new ArrayList<>(MedicalRecordsFixtures.seedClaims());
		claims.add(annual(20, Statistic.MEDIAN, "24.16"));
		claims.add(annual(21, Statistic.MEAN, "26"));
		claims.add(annual(22, Statistic.MEDIAN, "9"));
		ReconcileProperties props = ReconcileProperties.defaults();
		verdicts = new Reconciler(props).reconcile(MedicalRecordsFixtures.OCCUPATION, MedicalRecordsFixtures.own(),
				MedicalRecordsFixtures.related(), claims, SourceReliability.uninformed(props)).verdicts();
		wording = new ReportWording(claims, verdicts);
	}

	/** The words the reports give the verdicts (report/verdict). */
	static ReportWording wording;

	static Claim annual(int n, Statistic statistic, String value) {
		return MedicalRecordsFixtures.claim(DOC_000, n, Metric.WAGE, "annual salary", statistic, 0, value, null,
				Unit.USD_PER_YEAR, Period.none(), null);
	}

	static String conflict(String claimId) {
		return verdicts.stream().filter(v -> v.claimId().equals(claimId) && v.kind() == VerdictKind.CONFLICTS)
			.findFirst().map(wording::reason).orElseThrow();
	}

	@Test
	void anAnnualPayEqualToThePublishedHourlyMedianIsNamedAsSuch() {
		assertThat(conflict(DOC_000 + "#F20")).endsWith("It looks like an hourly rate given as annual pay: $24.16 a "
				+ "year equals the official hourly median in May 2024, $24.16 an hour (BLS OEWS May 2024).");
	}

	@Test
	void anAnnualPayWhoseFullTimeYearEqualsAnAnnualFigureNamesThatFigure() {
		// 26 × 2080 = 54,080, within 2% of the May 2023 mean of $53,690 (= $25.81 an hour)
		assertThat(conflict(DOC_000 + "#F21")).endsWith("It looks like an hourly rate given as annual pay: $26 an hour "
				+ "is $54,080 a year at full time, the official mean in May 2023: $53,690 a year, about $25.81 an hour "
				+ "(BLS OEWS May 2023).");
	}

	@Test
	void anAnnualPayBelowAFullTimeYearAtOneDollarIsFlaggedEvenWithoutAMatch() {
		assertThat(conflict(DOC_000 + "#F22")).endsWith("It looks like an hourly rate given as annual pay: $9 a year is "
				+ "less than a full-time year pays at $1 an hour ($2,080); as an hourly rate it would be $18,720 a year.");
	}

	@Test
	void aRealAnnualPayThatConflictsIsNotCalledHourly() {
		assertThat(conflict(MedicalRecordsFixtures.seedId(4))).doesNotContain("hourly rate");
	}
}
