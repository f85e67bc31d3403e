package com.careerbrief.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RunJournalTests {

	@TempDir
	Path work;

	@Test
	void aStateFolderWithoutHistoryHasNoRuns() {
		assertThat(RunJournal.read(work)).isEmpty();
	}

	@Test
	void aDamagedLineIsSkippedAndTheLinesAfterItStand() throws Exception {
		RunJournalFixture journal = new RunJournalFixture(work, work.resolve("output"));
		journal.note(1, 1, BatchStatus.COMPLETED, LocalDateTime.of(2026, 11, 2, 6, 0), 60, null);
		Files.writeString(work.resolve(RunJournal.FILE), "\"9\",\"9\",\"COMPLETED\",\"2026-11-0\n", StandardOpenOption.APPEND);
		journal.note(2, 2, BatchStatus.FAILED, LocalDateTime.of(2026, 11, 3, 6, 0), 5, "line one\nline two");

		assertThat(RunJournal.read(work)).extracting(RunJournal.Entry::executionId, RunJournal.Entry::status,
				RunJournal.Entry::reason)
			.containsExactly(tuple(2L, "FAILED", "IllegalStateException: line one line two"), tuple(1L, "COMPLETED", ""));
	}

	@Test
	void anExecutionsLastLineWinsAndALineBeingAppendedIsSkipped() throws Exception {
		RunJournalFixture journal = new RunJournalFixture(work, work.resolve("output"));
		journal.note(1, 1, BatchStatus.STOPPED, LocalDateTime.of(2026, 11, 2, 6, 0), 5, null);
		journal.note(1, 2, BatchStatus.STARTED, LocalDateTime.of(2026, 11, 2, 7, 0), 0, null);
		// what a reader sees while the writer is in the middle of the line that ends execution 2
		Files.writeString(work.resolve(RunJournal.FILE), "\"2\",\"1\",\"COMPLETED\",\"2026-11-02T07:00\",\"2026-11-02T07:01",
				StandardOpenOption.APPEND);

		assertThat(RunJournal.read(work)).extracting(RunJournal.Entry::executionId, RunJournal.Entry::status,
				RunJournal.Entry::reason)
			.containsExactly(tuple(2L, "STARTED", ""), tuple(1L, "STOPPED", "stopped on request; the next launch resumes it"));
	}

}
