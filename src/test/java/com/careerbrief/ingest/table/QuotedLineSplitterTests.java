package com.careerbrief.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.opencsv.CSVParser;
import com.opencsv.CSVParserBuilder;

/** The fast splitter agrees with opencsv on every line it takes, and leaves irregular lines to opencsv. */
class QuotedLineSplitterTests {

	private final QuotedLineSplitter splitter = new QuotedLineSplitter(',');

	private final CSVParser opencsv = new CSVParserBuilder().withSeparator(',').withIgnoreLeadingWhiteSpace(true).build();

	@Test
	void splitsAnOewsRowWithQuotedTitleAndThousands() {
		String[] fields = splitter.split("29-2071,\"Medical Records, Health\",detailed,\"180,760\",,\"say \"\"hi\"\"\"");

		assertThat(fields).containsExactly("29-2071", "Medical Records, Health", "detailed", "180,760", "",
				"say \"hi\"");
	}

	@Test
	void leavesIrregularLinesToOpencsv() {
		assertThat(splitter.split("a,\"unclosed")).isNull();
		assertThat(splitter.split("a,5'10\" tall,b")).isNull();
		assertThat(splitter.split("a,\"x\"y,b")).isNull();
		assertThat(splitter.split("a,b\\,c")).isNull();
	}

	@Test
	void agreesWithOpencsvOnRandomLines() throws IOException {
		Random random = new Random(42);
		String alphabet = "ab ,\"\\;";
		int taken = 0;
		for (int n = 0; n < 200_000; n++) {
			StringBuilder line = new StringBuilder();
			int length = 1 + random.nextInt(12);
			for (int i = 0; i < length; i++) {
				line.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			taken += agree(line.toString()) ? 1 : 0;
		}
		assertThat(taken).as("lines the fast path took").isGreaterThan(20_000);
	}

	@Test
	void agreesWithOpencsvOnEveryLineOfTheInputTables() throws IOException {
		int taken = 0;
		try (Stream<Path> files = Files.walk(Path.of("input"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
				for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
					taken += agree(line) ? 1 : 0;
				}
			}
		}
		assertThat(taken).as("lines the fast path took").isGreaterThan(10_000);
	}

	/** True when the fast path took the line; fails when it differs from opencsv. */
	private boolean agree(String line) throws IOException {
		String[] fast = splitter.split(line);
		if (fast == null) {
			return false;
		}
		String[] expected = opencsv.parseLine(line);
		assertThat(fast).as(line).containsExactly(List.of(expected).stream().map(String::strip).toArray(String[]::new));
		return true;
	}

}
