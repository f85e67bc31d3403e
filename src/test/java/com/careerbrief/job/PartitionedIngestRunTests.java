package com.careerbrief.job;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest of files runs in partitions (a share of the files each, in parallel): what a user reads
 * must not depend on how many.
 */
class PartitionedIngestRunTests {

	@TempDir
	Path work;

	@Test
	void oneAndThreePartitionsGiveTheSameWorkbookCellsAndBriefTexts() throws Exception {
		Path input = InProcessRun.smallInput(work.resolve("input"));

		InProcessRun.Result one = InProcessRun.run(input, work.resolve("one"), work.resolve("one-state"),
				"--careerbrief.threads=1");
		InProcessRun.Result three = InProcessRun.run(input, work.resolve("three"), work.resolve("three-state"),
				"--careerbrief.threads=3", "--careerbrief.ingest-threads=3");

		assertThat(one.exitCode()).as(one.log()).isZero();
		assertThat(three.exitCode()).as(three.log()).isZero();
		assertThat(one.log()).contains("ingestTablesWorker:files0").doesNotContain("ingestTablesWorker:files1");
		assertThat(three.log()).contains("ingestTablesWorker:files2").contains("ingestDocumentsWorker:files1");
		// Same rows read, accepted and set aside in total, however the files were shared out.
		assertThat(summaryLine(three.log(), "ingestTables")).isEqualTo(summaryLine(one.log(), "ingestTables"));
		assertThat(OutputDigest.of(work.resolve("three"))).isEqualTo(OutputDigest.of(work.resolve("one")))
			.containsKey("sheet Rejected input");
	}

	@Test
	void theRejectedRowLimitCountsTheRowsOfAllPartitionsTogether() throws Exception {
		Path input = work.resolve("input");
		// Two files with one rejected row each: in two partitions, each partition alone stays within a limit of 1.
		for (String name : new String[] { "a", "b" }) {
			Path file = input.resolve("oews/national/national_M2024_dl_" + name + ".csv");
			Files.createDirectories(file.getParent());
			Files.writeString(file, "OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,A_MEDIAN\n"
					+ "29-2072,Medical records specialists,detailed,190000,abc\n");
		}

		for (String threads : new String[] { "1", "2" }) {
			InProcessRun.Result failed = InProcessRun.run(input, work.resolve("output" + threads),
					work.resolve("state" + threads), "--careerbrief.max-rejected-rows=1",
					"--careerbrief.threads=" + threads, "--careerbrief.ingest-threads=" + threads);

			assertThat(failed.exitCode()).as("with %s partition(s)", threads).isEqualTo(1);
			assertThat(failed.log()).as("with %s partition(s)", threads)
				.contains("More than 1 rejected table rows (careerbrief.max-rejected-rows): 2 so far; "
						+ "last: oews/national/national_M2024_dl_b.csv line 2: ")
				.doesNotContain("Step ingestDocuments started");
		}
	}

	private static String summaryLine(String log, String step) {
		// Without its last column, the seconds.
		return log.lines().filter(line -> line.startsWith(step + " ")).findFirst().orElseThrow().replaceAll("\\s+\\S+$", "");
	}

}
