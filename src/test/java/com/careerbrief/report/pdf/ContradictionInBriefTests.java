package com.careerbrief.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.careerbrief.extract.DocumentClaimReader;
import com.careerbrief.model.Claim;
import com.careerbrief.model.OccupationReport;
import com.careerbrief.model.VerdictKind;
import com.careerbrief.occupation.OccupationResolver;
import com.careerbrief.occupation.OnetTitleIndex;
import com.careerbrief.reconcile.ReconcileProperties;
import com.careerbrief.reconcile.ReconciledOccupation;
import com.careerbrief.reconcile.Reconciler;
import com.careerbrief.reconcile.SourceReliability;

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
		Path article = Files.writeString(dir.resolve("records-outlook.txt"), "Medical records specialists outlook\n\n"
				+ "Employment of medical records specialists is projected to grow 7 percent from 2024 to 2034, much faster"
				+ " than average, which for all occupations is 8 percent.\n");
		List<Claim> claims = new DocumentClaimReader(new OccupationResolver(OnetTitleIndex.load(Path.of("input/onet"))))
			.read(article).claims();
		OccupationReport fixture = BriefReports.medicalRecords();
		ReconcileProperties props = ReconcileProperties.defaults();
		ReconciledOccupation reconciled = new Reconciler(props).reconcile(fixture.occupation(), fixture.figures(),
				List.of(), claims, SourceReliability.uninformed(props));
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
		String official = reconciled.verdicts().stream().filter(v -> v.kind() != VerdictKind.CONTRADICTS_ITSELF)
			.map(v -> v.finding()).filter(f -> !f.isBlank()).findFirst().orElseThrow();
		assertThat(text).contains(official.substring(0, 40));
		assertThat(text.indexOf(official.substring(0, 40))).as("what the data says comes first")
			.isLessThan(text.indexOf("The article calls 7% growth"));
		assertThat(text).contains("The article calls 7% growth \"much faster than average\", but the average it gives"
				+ " for all occupations is 8%: by its own figures the growth is below average.");
	}

}
