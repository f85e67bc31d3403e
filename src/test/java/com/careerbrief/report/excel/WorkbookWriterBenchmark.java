package com.careerbrief.report.excel;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.careerbrief.model.Claim;
import com.careerbrief.model.OccupationReport;
import com.careerbrief.model.Quote;
import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;

/**
 * Writes a workbook whose Claims sheet gets 2,000,000 rows, so that it must continue on "Claims 2", and prints
 * the time taken, the heap it needed and the rows of each Claims sheet read back from the file. A manual check
 * meant to run with {@code -Xmx512m}, not a test: timings on a shared machine would make a flaky assert. Exits
 * with 1 when the rows read back are not the rows written.
 * <p>
 * Arguments: {@code [target.xlsx [claim rows]]}.
 */
public final class WorkbookWriterBenchmark {

	private static final int CLAIMS_PER_OCCUPATION = 1_000;

	private WorkbookWriterBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path target = args.length > 0 ? Path.of(args[0])
				: Files.createTempDirectory("careerbrief").resolve("careerbrief.xlsx");
		long rows = args.length > 1 ? Long.parseLong(args[1]) : 2_000_000;
		OccupationReport template = ReportFixtures.medicalRecordsSpecialists();
		HeapWatch heap = HeapWatch.start();
		long start = System.nanoTime();
		long liveAtQuarter = 0;
		try (WorkbookWriter writer = new WorkbookWriter(target, WorkbookOptions.defaults())) {
			writer.open(ReportFixtures.run());
			for (long first = 0; first < rows; first += CLAIMS_PER_OCCUPATION) {
				writer.addOccupation(withClaims(template, first, (int) Math.min(CLAIMS_PER_OCCUPATION, rows - first)));
				if (liveAtQuarter == 0 && first >= rows / 4) {
					liveAtQuarter = heap.peakAfterGc();
				}
			}
			writer.finish();
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		heap.stop();
		System.out.printf("wrote %,d claim rows to %s: %,d bytes in %,d ms (%,d rows/s)%n", rows, target,
				Files.size(target), millis, rows * 1000 / Math.max(millis, 1));
		System.out.printf("heap: max %,d MB; peak in use %,d MB; peak after GC %,d MB after a quarter of the rows, "
				+ "%,d MB at the end%n", mb(Runtime.getRuntime().maxMemory()), mb(heap.peakInUse()), mb(liveAtQuarter),
				mb(heap.peakAfterGc()));
		verify(target, rows);
	}

	/** Counts the rows of every Claims sheet in the file and exits with 1 unless they add up. */
	private static void verify(Path target, long rows) throws Exception {
		long readStart = System.nanoTime();
		Map<String, Long> counts = StreamedRowCounter.count(target, name -> name.matches("Claims( \\d+)?"));
		long read = counts.values().stream().mapToLong(n -> n - 1).sum(); // minus each sheet's header row
		counts.forEach((sheet, n) -> System.out.printf("sheet \"%s\": %,d rows including its header%n", sheet, n));
		System.out.printf("read back %,d claim rows in %,d ms%n", read, (System.nanoTime() - readStart) / 1_000_000);
		boolean continued = rows < WorkbookOptions.EXCEL_MAX_ROWS || counts.containsKey("Claims 2");
		if (read != rows || !continued) {
			System.out.println("FAILED: expected " + rows + " claim rows" + (continued ? "" : " and a Claims 2 sheet"));
			System.exit(1);
		}
	}

	/** The template occupation with {@code count} generated figure claims, each with a verdict. */
	static OccupationReport withClaims(OccupationReport template, long first, int count) {
		Claim model = template.claims().get(0);
		Verdict verdict = template.verdicts().get(0);
		List<Claim> claims = new ArrayList<>(count);
		List<Verdict> verdicts = new ArrayList<>(count);
		for (long n = first; n < first + count; n++) {
			String id = model.documentId() + "#F" + n;
			BigDecimal value = BigDecimal.valueOf(30_000 + n % 40_000);
			Quote quote = new Quote(model.quotes().get(0).section(), "Claim " + n + ": the median annual wage for "
					+ "medical records specialists was $" + value + " in May 2024.", (int) (n % 100_000), (int) (n % 100_000) + 70);
			claims.add(new Claim(id, model.documentId(), model.socCode(), model.occupationAsWorded(), true, model.metric(),
					model.statisticAsWorded(), model.statistic(), 0, value, null, model.unit(), model.period(),
					model.place(), null, model.attribution(), null, "median annual wage $" + value, null, model.source(),
					List.of(quote)));
			verdicts.add(new Verdict(id, n % 10 == 0 ? VerdictKind.CONFLICTS : VerdictKind.MATCHES, verdict.footing(),
					verdict.finding(), verdict.checkedAgainst(), BigDecimal.valueOf(n % 50)));
		}
		return new OccupationReport(template.occupation(), template.figures(), template.texts(), template.documents(),
				claims, verdicts, template.chosen(), List.of()); // the template's conflicts name claims not kept
	}

	private static long mb(long bytes) {
		return bytes / (1024 * 1024);
	}
}
