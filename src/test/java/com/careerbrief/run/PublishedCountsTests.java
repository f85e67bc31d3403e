package com.careerbrief.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The published mark keeps what the next run's shrink check compares: the counts and each table file's rows. */
class PublishedCountsTests {

	@TempDir
	Path dir;

	@Test
	void fileNamesWithSpacesAndLineBreaksComeBackAsWritten() throws Exception {
		PublishedCounts counts = new PublishedCounts(831, 252191, "2024", Map.of("onet/Alternate Titles.txt", 52991L,
				"odd/a=b:c#d!e\\f.csv", 3L, "odd/two\nlines.csv", 4L));
		Path mark = dir.resolve(".published");
		Files.writeString(mark, counts.toMark());

		assertThat(PublishedCounts.read(mark)).hasValue(counts);
	}

	@Test
	void aDamagedFileLineLosesThatFilesComparisonNotTheRunsCounts() throws Exception {
		Path mark = dir.resolve(".published");
		Files.writeString(mark, "published\noccupations=831\nfigures=252191\nsurvey=2024\nrows.a.csv=12x\nrows.b.csv=7\n");

		assertThat(PublishedCounts.read(mark))
			.hasValue(new PublishedCounts(831, 252191, "2024", Map.of("b.csv", 7L)));
	}
}
