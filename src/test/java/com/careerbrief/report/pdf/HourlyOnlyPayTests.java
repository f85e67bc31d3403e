package com.careerbrief.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.careerbrief.model.OccupationReport;
import com.careerbrief.reconcile.HourlyOnlyWages;

/**
 * Where BLS publishes no annual wage (HOURLY=TRUE, or a marker in an annual cell), the brief states pay per hour
 * as published and never an hourly wage × 2,080 as an annual one.
 */
class HourlyOnlyPayTests {

	@TempDir
	Path dir;

	@Test
	void actorsBriefLeadsWithTheHourlyWageAndSaysWhyThereIsNoAnnualOne() throws Exception {
		// given actors' May 2024 wages, published per hour only, reconciled
		OccupationReport report = HourlyOnlyWages.report(HourlyOnlyWages.ACTORS, HourlyOnlyWages.actors());

		// when the brief is written
		String text = brief(report);

		// then the quick facts and the pay paragraph give the hour, and say BLS publishes no annual wage
		assertThat(text).contains("Median pay, May 2024 $23.33 per hour BLS publishes no annual wage");
		assertThat(text).contains("$14.00 – $97.19 Per hour, 10th to 90th percentile, May 2024");
		assertThat(text).contains("The median wage was $23.33 an hour in May 2024: half of workers earned more and half"
				+ " earned less. The lowest 10 percent earned less than $14.00 an hour, and the highest 10 percent earned"
				+ " more than $97.19 an hour. The average (mean) was $44.40 an hour");
		assertThat(text).contains("BLS publishes no annual wage for this occupation, only hourly wages (it does so"
				+ " where workers often do not work full time all year, or where an annual estimate is not available).");
		// and nothing of hourly × 2,080 (23.33 × 2,080 = 48,526.4; 14 × 2,080 = 29,120; 97.19 × 2,080 = 202,155.2)
		assertThat(text).doesNotContain("48,526").doesNotContain("29,120").doesNotContain("202,155")
			.doesNotContain("per year").doesNotContain("annual wage was");
	}

	@Test
	void anAnnualMeanBlsDidNotPublishIsNotMadeFromTheHourlyMean() throws Exception {
		// given a row with a marker in A_MEAN and H_MEAN 33.63, every other wage published per year too
		OccupationReport report = HourlyOnlyWages.report(HourlyOnlyWages.PLUMBERS,
				HourlyOnlyWages.plumbersWithoutAnnualMean());

		// when the brief is written
		String text = brief(report);

		// then the annual figures BLS published are shown, and the mean is not made up as 33.63 × 2,080 = 69,950.4
		assertThat(text).contains("The median annual wage was $62,970 in May 2024");
		assertThat(text).contains("$62,970 per year");
		assertThat(text).doesNotContain("69,950").doesNotContain("The average (mean) was");
	}

	private String brief(OccupationReport report) throws Exception {
		Path briefs = Files.createDirectories(dir.resolve("briefs"));
		return BriefPdf.read(new BriefWriter(BriefOptions.on(LocalDate.of(2026, 12, 1))).write(report, briefs)).flatText();
	}
}
