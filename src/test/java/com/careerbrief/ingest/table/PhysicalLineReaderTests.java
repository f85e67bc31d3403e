package com.careerbrief.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Line endings, the byte-order mark and over-long lines, including across the reader's 64 K buffer. */
class PhysicalLineReaderTests {

	private static List<PhysicalLineReader.Line> lines(String text) throws IOException {
		List<PhysicalLineReader.Line> lines = new ArrayList<>();
		try (PhysicalLineReader reader = new PhysicalLineReader(new StringReader(text))) {
			for (PhysicalLineReader.Line line = reader.next(); line != null; line = reader.next()) {
				lines.add(line);
			}
		}
		return lines;
	}

	@Test
	void lfCrlfAndCrEndingsAndABomAtTheStartOnly() throws IOException {
		assertThat(lines("\uFEFFa,b\r\nc\rd\n\ne\uFEFF"))
			.extracting(PhysicalLineReader.Line::number, PhysicalLineReader.Line::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "a,b"),
					org.assertj.core.groups.Tuple.tuple(2L, "c"), org.assertj.core.groups.Tuple.tuple(3L, "d"),
					org.assertj.core.groups.Tuple.tuple(4L, ""), org.assertj.core.groups.Tuple.tuple(5L, "e\uFEFF"));
	}

	@Test
	void aFileThatStopsMidLineIsToldFromOneThatEndsItsLastLine() throws IOException {
		for (String ended : List.of("a\nb\n", "a\r\nb\r\n", "a\rb\r", "")) {
			assertThat(endsMidLine(ended)).as(ended).isFalse();
		}
		assertThat(endsMidLine("a\nb")).isTrue();
		assertThat(endsMidLine("a\r\nb,c")).isTrue();
	}

	private static boolean endsMidLine(String text) throws IOException {
		try (PhysicalLineReader reader = new PhysicalLineReader(new StringReader(text))) {
			while (reader.next() != null) {
				// read to the end
			}
			return reader.endsMidLine();
		}
	}

	@Test
	void crlfSplitAcrossTheBufferEndCountsOnce() throws IOException {
		String first = "x".repeat((1 << 16) - 1);

		assertThat(lines(first + "\r\nnext\n")).extracting(PhysicalLineReader.Line::text).containsExactly(first, "next");
	}

	@Test
	void aLineLongerThanTheLimitIsCutButMeasuredWhole() throws IOException {
		List<PhysicalLineReader.Line> lines = lines("y".repeat(200_000) + "\nshort");

		assertThat(lines.get(0).tooLong()).isTrue();
		assertThat(lines.get(0).length()).isEqualTo(200_000);
		assertThat(lines.get(0).text()).hasSize(PhysicalLineReader.MAX_LINE);
		assertThat(lines.get(1).number()).isEqualTo(2);
		assertThat(lines.get(1).text()).isEqualTo("short");
	}

}
