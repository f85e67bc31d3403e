package com.careerbrief.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.careerbrief.model.Claim;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Period;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;
import com.careerbrief.report.verdict.ReportWording;

/** A growth claim its own article contradicts gets a verdict and a reason, whatever the official figures say. */
class SelfContradictionVerdictsTests {

	@Test
	void muchFasterThanAverageBelowTheAverageTheArticleGivesContradictsItself() {
		Claim growth = growth("7", "much faster than average", "8");
		List<Verdict> verdicts = reconcile(growth);
		assertThat(verdicts).filteredOn(v -> v.kind() == VerdictKind.CONTRADICTS_ITSELF).singleElement()
			.extracting(v -> new ReportWording(List.of(growth), List.of(v)).reason(v))
			.isEqualTo("The article calls 7% growth \"much faster than average\", but the average it gives for all"
					+ " occupations is 8%: by its own figures the growth is below average.");
	}

	@Test
	void slowerThanAverageAboveTheAverageTheArticleGivesContradictsItself() {
		assertThat(reconcile(growth("5", "slower than average", "4"))).extracting(Verdict::kind)
			.contains(VerdictKind.CONTRADICTS_ITSELF);
	}

	@Test
	void wordsThatAgreeWithTheArticlesOwnAverageEarnNoSuchVerdict() {
		assertThat(reconcile(growth("16", "much faster than average", "7"))).extracting(Verdict::kind)
			.doesNotContain(VerdictKind.CONTRADICTS_ITSELF);
		assertThat(reconcile(growth("7", "much faster than average", null))).extracting(Verdict::kind)
			.doesNotContain(VerdictKind.CONTRADICTS_ITSELF);
	}

	/** The seed claims with one more growth claim, reconciled on the real 29-2072 figures; the new claim's verdicts. */
	private static List<Verdict> reconcile(Claim growth) {
		List<Claim> claims = new ArrayList<>(MedicalRecordsFixtures.seedClaims());
		claims.add(growth);
		ReconcileProperties props = ReconcileProperties.defaults();
		return new Reconciler(props).reconcile(MedicalRecordsFixtures.OCCUPATION, MedicalRecordsFixtures.own(),
				MedicalRecordsFixtures.related(), claims, SourceReliability.uninformed(props)).verdicts().stream()
			.filter(v -> v.claimId().equals(growth.claimId())).toList();
	}

	private static Claim growth(String value, String comparator, String statedAverage) {
		Claim c = MedicalRecordsFixtures.claim("contradiction", 1, Metric.EMPLOYMENT_CHANGE_PERCENT, "projected to grow",
				Statistic.VALUE, 0, value, null, Unit.PERCENT, Period.projection(2024, 2034), null);
		return new Claim(c.claimId(), c.documentId(), c.socCode(), c.occupationAsWorded(), true, c.metric(),
				c.statisticAsWorded(), c.statistic(), 0, c.valueLow(), null, c.unit(), c.period(), c.place(), comparator,
				null, null, c.text(), null, c.source(), c.quotes(), statedAverage == null ? null : new BigDecimal(statedAverage));
	}
}
