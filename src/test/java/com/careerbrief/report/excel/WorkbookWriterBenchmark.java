package com.careerbrief.report.excel;

import java.nio.file.Files;
import java.nio.file.Path;

import com.careerbrief.model.RejectedRow;

/**
 * Prints the size and time of a workbook with 830 occupations and 100,000 rejected rows; a manual check,
 * not a test (timings on a shared machine would make a flaky assert).
 */
public final class WorkbookWriterBenchmark {

	private WorkbookWriterBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path target = args.length > 0 ? Path.of(args[0])
				: Files.createTempDirectory("careerbrief").resolve("careerbrief.xlsx");
		long start = System.nanoTime();
		try (WorkbookWriter writer = new WorkbookWriter(target, WorkbookOptions.defaults())) {
			writer.open(ReportFixtures.run());
			writer.addOccupation(ReportFixtures.chiefExecutives());
			for (int i = 0; i < 830; i++) {
				writer.addOccupation(ReportFixtures.medicalRecordsSpecialists());
			}
			for (int line = 2; line < 100_002; line++) {
				writer.addRejected(new RejectedRow("state_M2023_dl.reduced_semicolon.csv", line,
						"Alabama;13-2052;Personal Financial Advisors;*;*", "wage not available: BLS marker *", true));
			}
			writer.finish();
		}
		System.out.printf("%s: %,d bytes in %,d ms%n", target, Files.size(target), (System.nanoTime() - start) / 1_000_000);
	}
}
