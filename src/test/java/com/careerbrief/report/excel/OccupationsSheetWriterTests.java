package com.careerbrief.report.excel;

import static com.careerbrief.report.excel.WorkbookReader.cell;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.careerbrief.ingest.table.projections.EpRows;
import com.careerbrief.model.Occupation;
import com.careerbrief.model.OccupationReport;
import com.careerbrief.model.OccupationText;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.SourceRef;
import com.careerbrief.reconcile.HourlyOnlyWages;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OccupationsSheetWriterTests {

	@TempDir
	static Path dir;

	static XSSFSheet sheet;

	@BeforeAll
	static void write() throws IOException {
		XSSFWorkbook workbook = WorkbookReader.writeAndRead(dir, WorkbookOptions.defaults(),
				List.of(ReportFixtures.medicalRecordsSpecialists(), ReportFixtures.chiefExecutives()), List.of());
		sheet = workbook.getSheet("Occupations");
	}

	@Test
	void chosenMedianIsANumberWithACurrencyFormat() {
		Cell median = cell(sheet, "SOC code", "29-2072", "Median annual wage");
		assertThat(median.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(median.getNumericCellValue()).isEqualTo(50250);
		assertThat(median.getCellStyle().getDataFormatString()).isEqualTo("$#,##0");
		assertThat(WorkbookReader.text(median)).isEqualTo("$50,250");
		assertThat(cell(sheet, "SOC code", "29-2072", "Wage period").getStringCellValue()).isEqualTo("May 2024");
	}

	@Test
	void statisticsWithoutAChoiceFallBackToTheNewestNationalOewsFigure() {
		// only the median is "chosen" in the fixture; the rest come from the May 2024 figures, not May 2013–2023
		assertThat(cell(sheet, "SOC code", "29-2072", "Mean annual wage").getNumericCellValue()).isEqualTo(55970);
		assertThat(cell(sheet, "SOC code", "29-2072", "10th percentile").getNumericCellValue()).isEqualTo(35780);
		assertThat(cell(sheet, "SOC code", "29-2072", "90th percentile").getNumericCellValue()).isEqualTo(80950);
		assertThat(cell(sheet, "SOC code", "29-2072", "Median hourly wage").getNumericCellValue()).isEqualTo(24.16);
		assertThat(cell(sheet, "SOC code", "11-1011", "Median annual wage").getNumericCellValue()).isEqualTo(206420);
	}

	@Test
	void topCodedWageIsTextNeverAFakeNumber() {
		Cell p90 = cell(sheet, "SOC code", "11-1011", "90th percentile");
		assertThat(p90.getCellType()).isEqualTo(CellType.STRING);
		assertThat(p90.getStringCellValue()).isEqualTo("≥ $239,200");
		assertThat(cell(sheet, "SOC code", "11-1011", "75th percentile").getStringCellValue()).isEqualTo("≥ $239,200");
	}

	@Test
	void employmentGrowthAndOpeningsUseCountAndPercentFormats() {
		Cell employment = cell(sheet, "SOC code", "29-2072", "Employment");
		assertThat(employment.getNumericCellValue()).isEqualTo(187910);
		assertThat(employment.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
		Cell growth = cell(sheet, "SOC code", "29-2072", "Projected growth");
		assertThat(growth.getNumericCellValue()).isCloseTo(0.071, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(WorkbookReader.text(growth)).isEqualTo("7.1%");
		assertThat(cell(sheet, "SOC code", "29-2072", "Projection period").getStringCellValue()).isEqualTo("2024–34");
		// EP publishes openings in thousands: 14.2 thousand a year
		assertThat(cell(sheet, "SOC code", "29-2072", "Openings per year").getNumericCellValue()).isEqualTo(14200);
	}

	@Test
	void annualCellsBlsDidNotPublishAreBlankWithTheReasonBesideThem() throws IOException {
		// given actors (HOURLY=TRUE) and a row with a marker in A_MEAN only, reconciled
		List<OccupationReport> reports = List.of(
				HourlyOnlyWages.report(HourlyOnlyWages.ACTORS, HourlyOnlyWages.actors()),
				HourlyOnlyWages.report(HourlyOnlyWages.PLUMBERS, HourlyOnlyWages.plumbersWithoutAnnualMean()));

		// when
		XSSFSheet written = WorkbookReader.writeAndRead(java.nio.file.Files.createDirectories(dir.resolve("hourly")),
				WorkbookOptions.defaults(), reports, List.of()).getSheet("Occupations");

		// then no annual cell holds hourly × 2,080 (23.33 × 2,080 = 48,526.4; 33.63 × 2,080 = 69,950.4)
		for (String header : List.of("Median annual wage", "Mean annual wage", "10th percentile", "25th percentile",
				"75th percentile", "90th percentile")) {
			assertThat(cell(written, "SOC code", "27-2011", header).getCellType()).as(header).isEqualTo(CellType.BLANK);
		}
		assertThat(cell(written, "SOC code", "27-2011", "Median hourly wage").getNumericCellValue()).isEqualTo(23.33);
		assertThat(cell(written, "SOC code", "27-2011", "Wage period").getStringCellValue()).isEqualTo("May 2024");
		assertThat(cell(written, "SOC code", "27-2011", "Wage note").getStringCellValue())
			.isEqualTo("BLS publishes hourly wages only for this occupation (as it does where workers often do not work"
					+ " full time all year, or where an annual estimate is not available): annual wages are left blank,"
					+ " not hourly × 2,080.");
		assertThat(cell(written, "SOC code", "47-2152", "Mean annual wage").getCellType()).isEqualTo(CellType.BLANK);
		assertThat(cell(written, "SOC code", "47-2152", "Median annual wage").getNumericCellValue()).isEqualTo(62970);
		assertThat(cell(written, "SOC code", "47-2152", "Wage note").getStringCellValue())
			.isEqualTo("BLS publishes no annual mean for this occupation, only hourly; left blank rather than hourly × 2,080.");
		assertThat(cell(sheet, "SOC code", "29-2072", "Wage note").getCellType()).isEqualTo(CellType.BLANK);
	}

	@Test
	void openingsPublishedAsZeroThousandReadFewerThanFifty() throws IOException {
		// given prosthodontists as EP 2024–34 publishes them (line 421: openings 0, in thousands)
		OccupationReport report = new OccupationReport(new Occupation("29-1024", "Prosthodontists", null, 5, null),
				EpRows.figures("ep_2024-34_table1.2_occupational_projections.csv", 421), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of());

		// when
		XSSFSheet written = WorkbookReader.writeAndRead(java.nio.file.Files.createDirectories(dir.resolve("few")),
				WorkbookOptions.defaults(), List.of(report), List.of()).getSheet("Occupations");

		// then the cell says so, as the brief does, rather than 0
		Cell openings = cell(written, "SOC code", "29-1024", "Openings per year");
		assertThat(openings.getCellType()).isEqualTo(CellType.STRING);
		assertThat(openings.getStringCellValue()).isEqualTo("fewer than 50");
	}

	@Test
	void educationJobZoneAndCounts() {
		assertThat(cell(sheet, "SOC code", "29-2072", "Typical entry education").getStringCellValue())
			.isEqualTo("Postsecondary nondegree award");
		assertThat(cell(sheet, "SOC code", "29-2072", "Job zone").getNumericCellValue()).isEqualTo(3);
		assertThat(cell(sheet, "SOC code", "29-2072", "Claims").getNumericCellValue()).isEqualTo(3);
		assertThat(cell(sheet, "SOC code", "29-2072", "Conflicts").getNumericCellValue()).isEqualTo(1);
		assertThat(cell(sheet, "SOC code", "11-1011", "Job zone").getCellType()).isEqualTo(CellType.BLANK);
	}

	@Test
	void entryEducationComesFromTheNewestProjections() throws IOException {
		// given 2014–24 projections (crosswalked to the code) saying less than the 2024–34 ones
		OccupationReport fixture = ReportFixtures.medicalRecordsSpecialists();
		List<OccupationText> texts = new ArrayList<>(List.of(
				education("Associate's degree", "2014–24"), education("Bachelor's degree", "2024–34"),
				education("Master's degree", null)));
		texts.addAll(fixture.texts());
		OccupationReport report = new OccupationReport(fixture.occupation(), fixture.figures(), texts,
				fixture.documents(), fixture.claims(), fixture.verdicts(), fixture.chosen(), fixture.conflicts(),
				fixture.dependences());

		// when
		XSSFSheet written = WorkbookReader.writeAndRead(java.nio.file.Files.createDirectories(dir.resolve("newest")), WorkbookOptions.defaults(), List.of(report),
				List.of()).getSheet("Occupations");

		// then
		assertThat(cell(written, "SOC code", "29-2072", "Typical entry education").getStringCellValue())
			.isEqualTo("Bachelor's degree");
	}

	private static OccupationText education(String text, String vintage) {
		return new OccupationText("29-2072", OccupationText.Kind.ENTRY_EDUCATION, text, 0, new SourceRef("ep-" + vintage,
				"U.S. Bureau of Labor Statistics", "Employment Projections " + vintage, null, vintage, SourceKind.OFFICIAL,
				"ep.csv", 2));
	}

	@Test
	void aConflictsCountAboveZeroIsFilledRed() {
		var formatting = sheet.getSheetConditionalFormatting().getConditionalFormattingAt(0);
		String conflicts = CellReference.convertNumToColString(
				WorkbookReader.column(sheet, "Conflicts"));
		assertThat(formatting.getFormattingRanges()[0].formatAsString()).isEqualTo(conflicts + "2:" + conflicts + "3");
		assertThat(formatting.getRule(0).getFormula1()).isEqualTo("AND(ISNUMBER(" + conflicts + "2)," + conflicts + "2>0)");
		// 29-2072 has one conflict (New York), 11-1011 none
		assertThat(cell(sheet, "SOC code", "29-2072", "Conflicts").getNumericCellValue()).isEqualTo(1);
	}

	@Test
	void briefLinkPointsToTheRelativePdf() {
		Cell brief = cell(sheet, "SOC code", "29-2072", "Brief");
		assertThat(brief.getHyperlink()).isNotNull();
		assertThat(brief.getHyperlink().getAddress()).isEqualTo("briefs/29-2072-medical-records-specialists.pdf");
		assertThat(brief.getStringCellValue()).isEqualTo("29-2072-medical-records-specialists.pdf");
	}
}
