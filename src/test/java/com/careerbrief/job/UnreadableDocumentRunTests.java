package com.careerbrief.job;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corrupt PDF and a file of an unknown format among the articles: the run reports each by name and
 * reason in the log and in the workbook's Rejected input sheet, and still reads the good articles.
 */
class UnreadableDocumentRunTests {

	@TempDir
	Path work;

	@Test
	void unreadableArticlesAreRejectedByNameAndReasonAndTheRunGoesOn() throws Exception {
		Path input = InProcessRun.smallInput(work.resolve("input"));
		Files.writeString(input.resolve("documents/broken.pdf"), "%PDF-1.7\nthis is not really a PDF");
		Files.write(input.resolve("documents/figures.xls"), new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 });
		Path output = work.resolve("output");

		InProcessRun.Result run = InProcessRun.run(input, output, work.resolve("state"));

		assertThat(run.exitCode()).as(run.log()).isZero();
		assertThat(run.log()).contains("Document documents/broken.pdf not read: ")
			.contains("Document documents/figures.xls not read: ")
			.containsPattern("Step ingestDocuments COMPLETED: read 4, written 2, filtered 0, rejected 2");
		StreamedSheet rejected = StreamedSheet.read(output.resolve("careerbrief.xlsx"), "Rejected input");
		assertThat(rejected.rows).anySatisfy(row -> assertThat(row.get(0).value()).isEqualTo("documents/broken.pdf"));
		assertThat(rejected.rows).anySatisfy(row -> assertThat(row.get(0).value()).isEqualTo("documents/figures.xls"));
		StreamedSheet claims = StreamedSheet.read(output.resolve("careerbrief.xlsx"), "Claims");
		assertThat(claims.rows).anySatisfy(row -> assertThat(row.stream().map(StreamedSheet.Cell::value))
			.anySatisfy(v -> assertThat(v).contains("$37,110")));
	}

	@Test
	void anArticleAboutNoOccupationTheRunKnowsIsFilteredWithTheReasonNotCountedAsAccepted() throws Exception {
		// The small input knows only health occupations, so a plumbing article names no O*NET title it has.
		Path input = InProcessRun.smallInput(work.resolve("input"));
		Files.writeString(input.resolve("documents/plumber-career-guide.txt"), """
				Becoming a Plumber

				Plumbers install and repair pipes. In May 2024, the median annual wage was $62,970, and employment
				is projected to grow 4 percent from 2024 to 2034.
				""");
		Path output = work.resolve("output");

		InProcessRun.Result run = InProcessRun.run(input, output, work.resolve("state"));

		assertThat(run.exitCode()).as(run.log()).isZero();
		StreamedSheet accounting = StreamedSheet.read(output.resolve("careerbrief.xlsx"), "Input accounting");
		assertThat(accounting.rows).anySatisfy(row -> {
			assertThat(row.get(0).value()).isEqualTo("documents/plumber-career-guide.txt");
			assertThat(row.get(3).value()).as("accepted").isEqualTo("0.0");
			assertThat(row.get(4).value()).as("filtered").isEqualTo("1.0");
		});
		StreamedSheet rejected = StreamedSheet.read(output.resolve("careerbrief.xlsx"), "Rejected input");
		assertThat(rejected.rows).anySatisfy(row -> {
			assertThat(row.get(0).value()).isEqualTo("documents/plumber-career-guide.txt");
			assertThat(row.get(3).value()).startsWith("no occupation recognised (no O*NET occupation title or alternate "
					+ "title found in the text), so its ").contains("claims cannot be checked or reported");
			assertThat(row.get(4).value()).contains("$62,970");
		});
	}

}
