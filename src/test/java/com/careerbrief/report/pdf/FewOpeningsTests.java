package com.careerbrief.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.careerbrief.ingest.table.projections.EpRows;
import com.careerbrief.model.Occupation;
import com.careerbrief.model.OccupationReport;

/** EP publishes openings in thousands to one decimal: a 0 there means fewer than 50 a year, and the brief says so. */
class FewOpeningsTests {

	@TempDir
	Path dir;

	@Test
	void openingsPublishedAsZeroReadFewerThanFifty() throws Exception {
		// given prosthodontists as EP 2024–34 publishes them (line 421: openings 0, in thousands)
		OccupationReport report = new OccupationReport(new Occupation("29-1024", "Prosthodontists", null, 5, null),
				EpRows.figures("ep_2024-34_table1.2_occupational_projections.csv", 421), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of());

		// when the brief is written
		Path briefs = Files.createDirectories(dir.resolve("briefs"));
		String text = BriefPdf.read(new BriefWriter(BriefOptions.on(LocalDate.of(2026, 12, 1))).write(report, briefs))
			.flatText();

		// then the tile says fewer than 50, not 0
		assertThat(text).contains("Job openings each year, 2024–2034 Fewer than 50 Average per year");
		assertThat(text).doesNotContain("2024–2034 0 ");
	}
}
