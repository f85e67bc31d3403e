package com.careerbrief.report.excel;

import java.nio.file.Path;
import java.util.List;

import com.careerbrief.model.RejectedRow;

/**
 * Writes a small workbook from the test fixtures (29-2072 and 11-1011 with real OEWS values, the seed article's
 * claims, New York's two official means, two rejected lines) for scripts/check-workbook-libreoffice.sh.
 * <p>
 * Argument: the target .xlsx.
 */
public final class FixtureWorkbookWriter {

	private FixtureWorkbookWriter() {
	}

	public static void main(String[] args) throws Exception {
		Path target = Path.of(args[0]);
		try (WorkbookWriter writer = new WorkbookWriter(target, WorkbookOptions.defaults())) {
			writer.open(ReportFixtures.run());
			writer.addOccupation(ReportFixtures.medicalRecordsSpecialists());
			writer.addOccupation(ReportFixtures.chiefExecutives());
			for (RejectedRow row : List.of(
					new RejectedRow("broken.csv", 3, "29-2072,Medical Records Specialists,abc", "A_MEDIAN 'abc' is not a "
							+ "number or a BLS marker", false),
					new RejectedRow("broken.csv", 7, "29-2072;;", "expected 3 fields, found 1", false))) {
				writer.addRejected(row);
			}
			writer.finish();
		}
		System.out.println(target);
	}
}
