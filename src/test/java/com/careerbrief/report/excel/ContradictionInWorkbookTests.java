package com.careerbrief.report.excel;

import static com.careerbrief.report.excel.WorkbookReader.cell;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.careerbrief.extract.DocumentClaimReader;
import com.careerbrief.model.Claim;
import com.careerbrief.model.OccupationReport;
import com.careerbrief.occupation.OccupationResolver;
import com.careerbrief.occupation.OnetTitleIndex;
import com.careerbrief.reconcile.ReconcileProperties;
import com.careerbrief.reconcile.ReconciledOccupation;
import com.careerbrief.reconcile.Reconciler;
import com.careerbrief.reconcile.SourceReliability;

/** An article that contradicts its own growth claim: read, reconciled and written, the analyst sees why. */
class ContradictionInWorkbookTests {

	@TempDir
	Path dir;

	@Test
	void claimsSheetSaysTheArticleContradictsItsOwnGrowthClaim() throws Exception {
		// given an article calling 7% "much faster than average" while giving 8% for all occupations
		Path article = Files.writeString(dir.resolve("records-outlook.txt"), "Medical records specialists outlook\n\n"
				+ "Employment of medical records specialists is projected to grow 7 percent from 2024 to 2034, much faster"
				+ " than average, which for all occupations is 8 percent.\n");
		List<Claim> claims = new DocumentClaimReader(new OccupationResolver(OnetTitleIndex.load(Path.of("input/onet"))))
			.read(article).claims();
		OccupationReport fixture = ReportFixtures.medicalRecordsSpecialists();
		ReconcileProperties props = ReconcileProperties.defaults();
		ReconciledOccupation reconciled = new Reconciler(props).reconcile(fixture.occupation(), fixture.figures(),
				List.of(), claims, SourceReliability.uninformed(props));
		OccupationReport report = new OccupationReport(fixture.occupation(), fixture.figures(), fixture.texts(),
				fixture.documents(), claims, reconciled.verdicts(), fixture.chosen(), fixture.conflicts());

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
