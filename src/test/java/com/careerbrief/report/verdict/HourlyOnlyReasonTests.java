package com.careerbrief.report.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.careerbrief.model.Claim;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Period;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.SourceRef;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.model.Verdict;
import com.careerbrief.reconcile.HourlyOnlyWages;
import com.careerbrief.reconcile.ReconcileProperties;
import com.careerbrief.reconcile.ReconciledOccupation;
import com.careerbrief.reconcile.Reconciler;
import com.careerbrief.reconcile.SourceReliability;

/** An annual pay claim judged against a wage BLS publishes per hour only: the reason labels the × 2,080 as not BLS's. */
class HourlyOnlyReasonTests {

	@Test
	void anAnnualClaimOnActorsNamesTheHourlyWageTheAnnualFigureWasMadeFrom() {
		// given an article saying actors' median pay is $60,000 a year; BLS publishes only $23.33 an hour
		SourceRef article = new SourceRef("actors-article", null, "Acting careers", null, null, SourceKind.ARTICLE,
				"actors-article.txt", 0);
		Claim claim = new Claim("actors-article#F1", "actors-article", "27-2011", "actor", true, Metric.WAGE, "median",
				Statistic.MEDIAN, 0, new BigDecimal("60000"), null, Unit.USD_PER_YEAR, Period.none(), "United States",
				null, null, null, "median 60000", null, article, List.of());
		ReconcileProperties props = ReconcileProperties.defaults();

		// when it is judged and worded
		ReconciledOccupation reconciled = new Reconciler(props).reconcile(HourlyOnlyWages.ACTORS,
				HourlyOnlyWages.actors(), List.of(), List.of(claim), SourceReliability.uninformed(props));
		ReportWording wording = new ReportWording(List.of(claim), reconciled.verdicts());
		String reasons = String.join(" ", reconciled.verdicts().stream().map(wording::reason).toList());

		// then 23.33 × 2,080 = 48,526.4 is never given as BLS's own annual median
		assertThat(reasons).contains("$48,526 ($23.33 an hour × 2,080, not published by BLS)");
		assertThat(reasons.replace("$48,526 ($23.33 an hour × 2,080, not published by BLS)", "")).doesNotContain("48,526");
	}
}
