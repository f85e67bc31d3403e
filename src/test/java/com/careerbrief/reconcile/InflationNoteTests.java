package com.careerbrief.reconcile;

import static com.careerbrief.reconcile.MedicalRecordsFixtures.seedId;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.careerbrief.ingest.table.cpi.CpiTableFormat;
import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;
import com.careerbrief.report.verdict.ReportWording;

/**
 * With a CPI-U table, the outdated $37,110 (the 2015 median, EP 2014–24) is also given in 2024 dollars and
 * set against today's $50,250 median, labelled as careerbrief's adjustment; the verdicts stay the same.
 */
class InflationNoteTests {

	// TEST VALUES, not BLS figures: 2024 prices are 1.25 times 2015 prices, so $37,110 becomes $46,387.50.
	static final String TEST_CPI = """
			# TEST VALUES for careerbrief tests, not the BLS CPI-U
			year,cpi_u_annual_average
			2015,200.000
			2024,250.000
			""";

	static List<Verdict> reconcile(CpiIndex cpi) {
		ReconcileProperties props = ReconcileProperties.defaults();
		return new Reconciler(props, cpi).reconcile(MedicalRecordsFixtures.OCCUPATION, MedicalRecordsFixtures.own(),
				MedicalRecordsFixtures.related(), MedicalRecordsFixtures.seedClaims(), SourceReliability.uninformed(props))
			.verdicts();
	}

	static CpiIndex cpi(Path dir, String table) throws IOException {
		return CpiIndex.of(CpiTableFormat.load(Files.writeString(dir.resolve("some-name.csv"), table)));
	}

	/** The words the reports give a verdict on the seed claims (report/verdict). */
	static String reason(Verdict v) {
		return new ReportWording(MedicalRecordsFixtures.seedClaims(), List.of(v)).reason(v);
	}

	static Verdict outdated10(List<Verdict> verdicts) {
		return verdicts.stream().filter(v -> v.claimId().equals(seedId(10)) && v.kind() == VerdictKind.OUTDATED)
			.findFirst().orElseThrow();
	}

	@Test
	void outdatedWageIsRestatedInTodaysDollarsAndLabelledAsAdjusted(@TempDir Path dir) throws IOException {
		Verdict plain = outdated10(reconcile(CpiIndex.none()));
		Verdict adjusted = outdated10(reconcile(cpi(dir, TEST_CPI)));

		// 37,110 × 250/200 = 46,387.50 → about $46,400; (46,387.50 − 50,250) / 50,250 = −7.69%
		assertThat(reason(plain)).doesNotContain("CPI");
		assertThat(reason(adjusted)).isEqualTo(reason(plain) + " In 2024 dollars (CPI-U), $37,110 of 2015 is about "
				+ "$46,400, 7.7% below today's median of $50,250; adjusted for inflation by careerbrief, not a figure "
				+ "published by BLS.");
		assertThat(adjusted.checkedAgainst()).isEqualTo(plain.checkedAgainst());
		assertThat(adjusted.distancePercent()).isEqualByComparingTo(plain.distancePercent());
	}

	@Test
	void theShippedBlsTableGivesAbout49100For2015s37110() throws IOException {
		CpiIndex bls = CpiIndex.of(CpiTableFormat.load(Path.of("input/cpi/cpi-u-annual-averages.csv")));

		// 37,110 × 313.689 / 237.017 = 49,114.6; 2.26% below 50,250
		assertThat(reason(outdated10(reconcile(bls))))
			.endsWith("In 2024 dollars (CPI-U), $37,110 of 2015 is about $49,100, 2.3% below today's median of $50,250; "
					+ "adjusted for inflation by careerbrief, not a figure published by BLS.");
	}

	@Test
	void verdictKindsAreTheSameWithAndWithoutTheTable(@TempDir Path dir) throws IOException {
		List<Verdict> plain = reconcile(CpiIndex.none());
		List<Verdict> adjusted = reconcile(cpi(dir, TEST_CPI));

		assertThat(adjusted).extracting(v -> v.claimId() + " " + v.kind())
			.containsExactlyElementsOf(plain.stream().map(v -> v.claimId() + " " + v.kind()).toList());
		assertThat(adjusted).filteredOn(v -> reason(v).contains("CPI-U")).extracting(Verdict::kind)
			.containsOnly(VerdictKind.OUTDATED);
	}

	@Test
	void aTableWithoutTodaysYearAdjustsNothing(@TempDir Path dir) throws IOException {
		CpiIndex only2015 = cpi(dir, "year,cpi_u_annual_average\n2015,200.000\n2023,240.000\n");

		assertThat(reason(outdated10(reconcile(only2015)))).isEqualTo(reason(outdated10(reconcile(CpiIndex.none()))));
	}
}
