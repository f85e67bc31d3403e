package com.careerbrief.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.careerbrief.model.Claim;
import com.careerbrief.model.OccupationReport;
import com.careerbrief.model.VerdictKind;
import com.careerbrief.reconcile.ReconciledOccupation;
import com.careerbrief.reconcile.SelfContradictingArticle;

/**
 * An article that contradicts its own growth claim, read, reconciled and written: the counselor's brief says
 * so in "What sources say", beside what the official data says of the figure.
 */
class ContradictionInBriefTests {

	@TempDir
	Path dir;

	@Test
	void whatSourcesSayShowsTheArticleContradictingItsOwnGrowthClaim() throws Exception {
		// given an article calling 7% "much faster than average" while giving 8% for all occupations
		List<Claim> claims = SelfContradictingArticle.claims(dir);
		OccupationReport fixture = BriefReports.medicalRecords();
		ReconciledOccupation reconciled = SelfContradictingArticle.reconcile(fixture, claims);
		assertThat(reconciled.verdicts()).extracting(v -> v.kind()).contains(VerdictKind.CONTRADICTS_ITSELF)
			.hasSizeGreaterThan(1);
		OccupationReport report = new OccupationReport(fixture.occupation(), fixture.figures(), fixture.texts(),
				List.of(), claims, reconciled.verdicts(), fixture.chosen(), fixture.conflicts());

		// when the brief is written
		Path briefs = Files.createDirectories(dir.resolve("briefs"));
		String text = BriefPdf.read(new BriefWriter(BriefOptions.on(LocalDate.of(2026, 12, 1))).write(report, briefs))
			.flatText();

		// then the claim is worded, and both what the data says and the contradiction are shown
		assertThat(text).contains("What sources say");
		String official = "Rounded, that is the official projected employment change for 2024–34: +7.1%";
		assertThat(text).contains(official);
		assertThat(text.indexOf(official)).as("what the data says comes first")
			.isLessThan(text.indexOf("The article calls 7% growth"));
		assertThat(text).contains("The article calls 7% growth \"much faster than average\", but the average it gives"
				+ " for all occupations is 8%: by its own figures the growth is below average.");
	}

}
