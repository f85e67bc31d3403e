package com.careerbrief.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.careerbrief.model.Occupation;
import com.careerbrief.model.OccupationReport;
import com.careerbrief.model.RejectedRow;
import com.careerbrief.model.RunInfo;

class WorkbookWriterTests {

	@TempDir
	Path dir;

	@Test
	void everySheetHasAFrozenHeaderAndOneTableWithAnAutofilterMatchingItsHeader() throws IOException {
		XSSFWorkbook workbook = WorkbookReader.writeAndRead(dir, WorkbookOptions.defaults(),
				List.of(ReportFixtures.medicalRecordsSpecialists()), List.of(rejected(60)));

		assertThat(sheetNames(workbook)).containsExactly("About", "Occupations", "Wage history", "States", "Claims",
				"Conflicts", "Sources", "Source families", "Rejected input", "Input accounting", "Charts");
		for (XSSFSheet sheet : sheets(workbook)) {
			PaneInformation pane = sheet.getPaneInformation();
			assertThat(pane.isFreezePane()).as(sheet.getSheetName()).isTrue();
			assertThat(pane.getHorizontalSplitPosition()).as(sheet.getSheetName()).isEqualTo((short) 1);
			assertThat(sheet.getTables()).as(sheet.getSheetName()).hasSize(1);
			XSSFTable table = sheet.getTables().get(0);
			assertThat(table.getStartRowIndex()).isZero();
			assertThat(table.getEndRowIndex()).isEqualTo(Math.max(sheet.getLastRowNum(), 1));
			assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo(table.getArea().formatAsString());
			Row header = sheet.getRow(0);
			assertThat(table.getColumns()).extracting(c -> c.getName())
				.containsExactlyElementsOf(headerNames(header));
			assertThat(sheet.getColumnWidth(0)).as(sheet.getSheetName()).isGreaterThan(6 * 256);
		}
	}

	@Test
	void chartsOfPercentilesAndMedianHistoryAreNativeCharts() throws IOException {
		XSSFWorkbook workbook = WorkbookReader.writeAndRead(dir, WorkbookOptions.defaults(),
				List.of(ReportFixtures.medicalRecordsSpecialists()), List.of());

		List<XSSFChart> charts = workbook.getSheet("Charts").getDrawingPatriarch().getCharts();
		assertThat(charts).hasSize(2);
		XDDFChartData.Series bars = charts.get(0).getChartSeries().get(0).getSeries(0);
		String seriesName = charts.get(0).getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).getTx().getV();
		assertThat(seriesName).isEqualTo("29-2072 Medical Records Specialists");
		assertThat(bars.getCategoryData().getPointAt(0)).isEqualTo("P10");
		assertThat(bars.getValuesData().getPointAt(0).doubleValue()).isEqualTo(35780);
		assertThat(bars.getValuesData().getPointAt(4).doubleValue()).isEqualTo(80950);
		XDDFChartData.Series line = charts.get(1).getChartSeries().get(0).getSeries(0);
		assertThat(line.getCategoryData().getPointCount()).isEqualTo(9);
		assertThat(line.getCategoryData().getPointAt(0)).isEqualTo("May 2013 (29-2071)");
		assertThat(line.getValuesData().getPointAt(0).doubleValue()).isEqualTo(34970);
		assertThat(line.getValuesData().getPointAt(8).doubleValue()).isEqualTo(50250);
		assertThat(line.getValuesData().getDataRangeReference()).isEqualTo("Charts!$D$7:$D$15");
	}

	@Test
	void sheetsContinueOnNumberedSheetsAtTheRowLimit() throws IOException {
		List<RejectedRow> rejected = new ArrayList<>();
		for (int line = 2; line < 12; line++) {
			rejected.add(rejected(line));
		}
		// a limit of 5 rows = header + 4 data rows per sheet
		XSSFWorkbook workbook = WorkbookReader.writeAndRead(dir, WorkbookOptions.defaults().withMaxRowsPerSheet(5),
				List.of(ReportFixtures.medicalRecordsSpecialists()), rejected);

		List<String> names = sheetNames(workbook);
		assertThat(names).containsSubsequence("Rejected input", "Rejected input 2", "Rejected input 3",
				"Input accounting");
		assertThat(names).containsSubsequence("Wage history", "Wage history 2", "Wage history 3", "Wage history 4",
				"States");
		assertThat(workbook.getSheet("Rejected input").getLastRowNum()).isEqualTo(4);
		assertThat(workbook.getSheet("Rejected input 3").getLastRowNum()).isEqualTo(2);
		XSSFSheet last = workbook.getSheet("Rejected input 3");
		assertThat(last.getRow(0).getCell(0).getStringCellValue()).isEqualTo("File");
		assertThat(last.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(11);
		assertThat(last.getTables().get(0).getName()).isEqualTo("Rejectedinput_3");
		assertThat(last.getPaneInformation().isFreezePane()).isTrue();
	}

	@Test
	void claimsContinueOnClaims2WithTheirHeaderTableAndConflictHighlight() throws IOException {
		OccupationReport fiveClaims = WorkbookWriterBenchmark.withClaims(ReportFixtures.medicalRecordsSpecialists(), 0, 5);
		// a limit of 3 rows = header + 2 claims per sheet
		XSSFWorkbook workbook = WorkbookReader.writeAndRead(dir, WorkbookOptions.defaults().withMaxRowsPerSheet(3),
				List.of(fiveClaims), List.of());

		assertThat(sheetNames(workbook)).containsSubsequence("Claims", "Claims 2", "Claims 3", "Conflicts");
		List<String> ids = new ArrayList<>();
		for (String name : List.of("Claims", "Claims 2", "Claims 3")) {
			XSSFSheet part = workbook.getSheet(name);
			assertThat(part.getRow(0).getCell(0).getStringCellValue()).isEqualTo("SOC code");
			assertThat(part.getPaneInformation().isFreezePane()).isTrue();
			int id = WorkbookReader.column(part, "Claim id");
			for (int r = 1; r <= part.getLastRowNum(); r++) {
				ids.add(part.getRow(r).getCell(id).getStringCellValue());
			}
		}
		assertThat(ids).containsExactly("000_ba2451e2a2281adf#F0", "000_ba2451e2a2281adf#F1", "000_ba2451e2a2281adf#F2",
				"000_ba2451e2a2281adf#F3", "000_ba2451e2a2281adf#F4");
		XSSFSheet second = workbook.getSheet("Claims 2");
		assertThat(second.getTables().get(0).getName()).isEqualTo("Claims_2");
		assertThat(second.getSheetConditionalFormatting().getConditionalFormattingAt(0).getFormattingRanges()[0]
			.formatAsString()).isEqualTo("A2:AA3");
	}

	@Test
	void rowsForSeveralSheetsCanBeInterleavedBeyondTheMemoryWindow() throws IOException {
		List<OccupationReport> reports = new ArrayList<>();
		List<RejectedRow> rejected = new ArrayList<>();
		Path target = dir.resolve("careerbrief.xlsx");
		try (WorkbookWriter writer = new WorkbookWriter(target, WorkbookOptions.defaults().withRowAccessWindow(2))) {
			writer.open(ReportFixtures.run());
			for (int i = 0; i < 40; i++) {
				OccupationReport report = renamed(ReportFixtures.medicalRecordsSpecialists(), String.format("99-%04d", i));
				reports.add(report);
				writer.addOccupation(report);
				RejectedRow row = rejected(100 + i);
				rejected.add(row);
				writer.addRejected(row);
			}
			writer.finish();
		}
		XSSFWorkbook workbook = WorkbookReader.read(target);

		XSSFSheet occupations = workbook.getSheet("Occupations");
		assertThat(occupations.getLastRowNum()).isEqualTo(40);
		assertThat(occupations.getRow(40).getCell(0).getStringCellValue()).isEqualTo("99-0039");
		assertThat(workbook.getSheet("Wage history").getLastRowNum()).isEqualTo(40 * 15);
		assertThat(workbook.getSheet("Claims").getLastRowNum()).isEqualTo(120);
		assertThat(workbook.getSheet("Claims").getRow(120).getCell(0).getStringCellValue()).isEqualTo("99-0039");
		XSSFSheet rejectedSheet = workbook.getSheet("Rejected input");
		assertThat(rejectedSheet.getLastRowNum()).isEqualTo(40);
		for (int i = 0; i < 40; i++) {
			assertThat(rejectedSheet.getRow(i + 1).getCell(1).getNumericCellValue()).isEqualTo(100 + i);
		}
	}

	@Test
	void theWorkbookIsReadableByWhoeverMayReadTheProcesssOtherFiles() throws IOException {
		assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
		// given a file made the plain way, with the process's umask (owner-only temporary files are not)
		Path plain = Files.createFile(dir.resolve("plain.txt"));

		// when
		WorkbookReader.writeAndRead(dir, WorkbookOptions.defaults(), List.of(ReportFixtures.chiefExecutives()), List.of());

		// then: colleagues and the portal can open the published workbook whenever they can open any such file
		assertThat(Files.getPosixFilePermissions(dir.resolve("careerbrief.xlsx")))
			.isEqualTo(Files.getPosixFilePermissions(plain));
		Files.delete(plain);
	}

	@Test
	void aFailureWhileStreamingLeavesTheOlderWorkbookByteIdenticalAndNoTemporaryFile() throws IOException {
		Path target = dir.resolve("careerbrief.xlsx");
		WorkbookReader.writeAndRead(dir, WorkbookOptions.defaults(), List.of(ReportFixtures.chiefExecutives()), List.of());
		byte[] before = Files.readAllBytes(target);

		assertThatThrownBy(() -> {
			try (WorkbookWriter writer = new WorkbookWriter(target, WorkbookOptions.defaults())) {
				writer.open(ReportFixtures.run());
				writer.addOccupation(ReportFixtures.medicalRecordsSpecialists());
				throw new IllegalStateException("reader failed on line 500");
			}
		}).hasMessage("reader failed on line 500");

		assertThat(Files.readAllBytes(target)).isEqualTo(before);
		assertThat(filesIn(dir)).containsExactly("careerbrief.xlsx");
	}

	@Test
	void aFailureWhileFinishingLeavesTheOlderWorkbookByteIdentical() throws IOException {
		Path target = dir.resolve("careerbrief.xlsx");
		WorkbookReader.writeAndRead(dir, WorkbookOptions.defaults(), List.of(ReportFixtures.chiefExecutives()), List.of());
		byte[] before = Files.readAllBytes(target);
		RunInfo good = ReportFixtures.run();
		RunInfo noLedger = new RunInfo(good.runId(), good.started(), good.inputs(), good.accounting(), null);

		assertThatThrownBy(() -> {
			try (WorkbookWriter writer = new WorkbookWriter(target, WorkbookOptions.defaults())) {
				writer.open(noLedger);
				writer.addOccupation(ReportFixtures.medicalRecordsSpecialists());
				writer.finish();
			}
		}).isInstanceOf(NullPointerException.class);

		assertThat(Files.readAllBytes(target)).isEqualTo(before);
		assertThat(filesIn(dir)).containsExactly("careerbrief.xlsx");
	}

	@Test
	void aSuccessfulRunReplacesTheOlderWorkbook() throws IOException {
		Path target = dir.resolve("careerbrief.xlsx");
		Files.writeString(target, "an older workbook");

		XSSFWorkbook workbook = WorkbookReader.writeAndRead(dir, WorkbookOptions.defaults(),
				List.of(ReportFixtures.medicalRecordsSpecialists()), List.of());

		assertThat(workbook.getSheet("Occupations").getRow(1).getCell(0).getStringCellValue()).isEqualTo("29-2072");
		assertThat(filesIn(dir)).containsExactly("careerbrief.xlsx");
	}

	@Test
	void addingBeforeOpenOrAfterFinishIsRefused() throws IOException {
		try (WorkbookWriter writer = new WorkbookWriter(dir.resolve("x.xlsx"), WorkbookOptions.defaults())) {
			assertThatThrownBy(() -> writer.addRejected(rejected(2))).isInstanceOf(IllegalStateException.class);
			writer.open(ReportFixtures.run());
			writer.finish();
			assertThatThrownBy(() -> writer.addRejected(rejected(2))).isInstanceOf(IllegalStateException.class);
			assertThatThrownBy(writer::finish).isInstanceOf(IllegalStateException.class);
		}
		assertThat(filesIn(dir)).containsExactly("x.xlsx");
	}

	static RejectedRow rejected(long line) {
		return new RejectedRow("state_M2023_dl.reduced_semicolon.csv", line,
				"Alabama;13-2052;Personal Financial Advisors;*;*", "wage not available: BLS marker *", true);
	}

	private static OccupationReport renamed(OccupationReport report, String soc) {
		Occupation o = report.occupation();
		return new OccupationReport(new Occupation(soc, o.title(), o.description(), o.jobZone(), o.entryEducation()),
				report.figures(), report.texts(), report.documents(),
				report.claims().stream().map(c -> new com.careerbrief.model.Claim(c.claimId(), c.documentId(), soc,
						c.occupationAsWorded(), c.figure(), c.metric(), c.statisticAsWorded(), c.statistic(),
						c.percentile(), c.valueLow(), c.valueHigh(), c.unit(), c.period(), c.place(), c.comparator(),
						c.attribution(), c.category(), c.text(), c.detail(), c.source(), c.quotes())).toList(),
				report.verdicts(), report.chosen(), report.conflicts());
	}

	private static List<String> filesIn(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).toList();
		}
	}

	private static List<String> sheetNames(XSSFWorkbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
		return names;
	}

	private static List<XSSFSheet> sheets(XSSFWorkbook workbook) {
		List<XSSFSheet> sheets = new ArrayList<>();
		workbook.sheetIterator().forEachRemaining(s -> sheets.add((XSSFSheet) s));
		return sheets;
	}

	private static List<String> headerNames(Row header) {
		List<String> names = new ArrayList<>();
		header.cellIterator().forEachRemaining(c -> names.add(c.getStringCellValue()));
		return names;
	}
}
