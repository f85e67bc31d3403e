package com.careerbrief.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.careerbrief.model.Claim;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Finding;
import com.careerbrief.model.Footing;
import com.careerbrief.model.Metric;
import com.careerbrief.model.OccupationReport;
import com.careerbrief.model.Period;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "What sources say" sets each article figure beside the official figure that holds for it: of the place and
 * statistic the claim was judged against, not the national median whatever the claim was about.
 */
class HoldingFigureTests {

	@TempDir
	Path briefs;

	private final BriefWriter writer = new BriefWriter(BriefOptions.on(LocalDate.of(2026, 1, 15)));

	@Test
	void aStateClaimIsSetBesideTheStatesFigureAndAnAverageJudgedAsAMeanBesideTheMean() throws Exception {
		OccupationReport base = BriefReports.medicalRecords();
		Figure newYork = base.figures().stream().filter(f -> "New York".equals(f.area())
				&& f.source() == BriefReports.STATES).findFirst().orElseThrow();
		Figure mean = base.figures().stream().filter(f -> f.isNational() && f.statistic() == Statistic.MEAN)
			.findFirst().orElseThrow();
		List<Claim> claims = new ArrayList<>(base.claims());
		List<Verdict> verdicts = new ArrayList<>(base.verdicts());
		claims.add(pay("NY1", "84455", "New York"));
		verdicts.add(judged("NY1", "84455", newYork));
		claims.add(pay("US1", "44324", Figure.UNITED_STATES));
		verdicts.add(judged("US1", "44324", mean));
		OccupationReport report = new OccupationReport(base.occupation(), base.figures(), base.texts(), base.documents(),
				claims, verdicts, base.chosen(), base.conflicts());

		String text = BriefPdf.read(writer.write(report, briefs)).flatText();

		assertThat(text).contains("$60,510 New York mean, May 2023", "$55,970 mean, May 2024");
	}

	private static Claim pay(String id, String value, String place) {
		String claimId = BriefReports.ARTICLE_ID + "#" + id;
		return new Claim(claimId, BriefReports.ARTICLE_ID, BriefReports.SOC, null, true, Metric.WAGE, "average",
				Statistic.AVERAGE_AS_WORDED, 0, new BigDecimal(value), null, Unit.USD_PER_YEAR, Period.none(), place, null,
				null, null, "pay claim", null, BriefReports.ARTICLE, List.of());
	}

	private static Verdict judged(String id, String value, Figure against) {
		return new Verdict(BriefReports.ARTICLE_ID + "#" + id, VerdictKind.CONFLICTS,
				new Footing(new BigDecimal(value), null, Unit.USD_PER_YEAR, Statistic.MEAN, against.area(), Period.none()),
				new Finding.Unmatched(BriefReports.official(against)), against, BigDecimal.TEN);
	}
}
