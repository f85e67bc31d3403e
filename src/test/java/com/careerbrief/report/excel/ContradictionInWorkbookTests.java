package com.careerbrief.report.excel;

import static com.careerbrief.report.excel.WorkbookReader.cell;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.careerbrief.model.Claim;
import com.careerbrief.model.OccupationReport;
import com.careerbrief.reconcile.ReconciledOccupation;
import com.careerbrief.reconcile.SelfContradictingArticle;

/** An article that contradicts its own growth claim: read, reconciled and written, the analyst sees why. */
class ContradictionInWorkbookTests {

	@TempDir
	Path dir;

	@Test
	void claimsSheetSaysTheArticleContradictsItsOwnGrowthClaim() throws Exception {
		// given an article calling 7% "much faster than average" while giving 8% for all occupations
		List<Claim> claims = SelfContradictingArticle.claims(dir);
		OccupationReport fixture = ReportFixtures.medicalRecordsSpecialists();
		ReconciledOccupation reconciled = SelfContradictingArticle.reconcile(fixture, claims);
		OccupationReport report = new OccupationReport(fixture.occupation(), fixture.figures(), fixture.texts(),
				fixture.documents(), claims, reconciled.verdicts(), fixture.chosen(), List.of());

		// when the workbook is written
		XSSFWorkbook workbook = WorkbookReader.writeAndRead(dir, WorkbookOptions.defaults(), List.of(report), List.of());

		// then the growth claim's row names the verdict and its reason
		XSSFSheet sheet = workbook.getSheet("Claims");
		String id = claims.get(0).claimId();
		assertThat(cell(sheet, "Claim id", id, "Verdicts").getStringCellValue()).contains("CONTRADICTS_ITSELF");
		assertThat(cell(sheet, "Claim id", id, "Reasons").getStringCellValue())
			.contains("The article calls 7% growth \"much faster than average\", but the average it gives for all"
					+ " occupations is 8%: by its own figures the growth is below average.");
	}
}
