package com.careerbrief.job;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.careerbrief.CareerBriefApplication;

import org.springframework.boot.SpringApplication;

/**
 * Runs the application in this JVM through the same entry point as the command line, and keeps
 * what it printed so a test can read the run log while a person still sees it.
 */
public final class InProcessRun {

	/** The exit code and the console output of one launch. */
	record Result(int exitCode, String log) {
	}

	private InProcessRun() {
	}

	static Result run(Path input, Path output, Path state, String... extra) {
		String[] args = Stream.concat(Stream.of("--input=" + input, "--output=" + output, "--state=" + state),
				Stream.of(extra))
			.toArray(String[]::new);
		PrintStream original = System.out;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setOut(new PrintStream(new TeeStream(original, captured), true));
		try {
			return new Result(SpringApplication.exit(SpringApplication.run(CareerBriefApplication.class, args)),
					captured.toString());
		}
		finally {
			System.setOut(original);
		}
	}

	/** Occupation codes kept in the small input: all occupations, and health information and nearby. */
	private static final Pattern KEPT_CODES = Pattern.compile("00-0000|29-0000|29-20\\d\\d|29-9\\d\\d\\d");

	private static final Pattern ANY_CODE = Pattern.compile("\\b\\d\\d-\\d\\d\\d\\d");

	/**
	 * A small copy of the shipped input for tests about running rather than about the data: the 2024
	 * national wages, the 2024–34 projections, O*NET, the agency files and the articles, keeping only
	 * the rows of a few health occupations (and every row without a code: headers, notes), plus the
	 * whole crosswalk. About twenty occupations, so a whole run takes seconds.
	 */
	public static Path smallInput(Path into) throws IOException {
		for (String file : List.of("oews/national/national_M2024_dl.csv",
				"projections/ep_2024-34_table1.2_occupational_projections.csv", "onet/Alternate Titles.txt",
				"onet/Job Zones.txt", "onet/Occupation Data.txt", "onet/Task Statements.txt",
				"crosswalk/soc_2010_to_2018_crosswalk.csv", "oews/other/NYSDOL_oews-newyork.csv",
				"oews/other/WAESD_oews-washington.csv", "documents/how-to-become-a-medical-records-technician.txt",
				"documents/medical-records-technician-career-profile.txt")) {
			Path target = into.resolve(file);
			Files.createDirectories(target.getParent());
			Path source = Path.of("input").resolve(file);
			if (file.startsWith("documents/") || file.startsWith("crosswalk/")) {
				Files.copy(source, target);
			}
			else {
				Files.write(target, keptLines(source));
			}
		}
		return into;
	}

	private static byte[] keptLines(Path source) throws IOException {
		// ISO-8859-1 keeps every byte as it was (BOM, CRLF, Windows-1252 quirks), whatever the encoding.
		String text = Files.readString(source, StandardCharsets.ISO_8859_1);
		String kept = Arrays.stream(text.split("(?<=\\n)"))
			.filter(line -> !ANY_CODE.matcher(line).find() || KEPT_CODES.matcher(line).find())
			.collect(Collectors.joining());
		return kept.getBytes(StandardCharsets.ISO_8859_1);
	}

	/** Copies console output to two places. */
	private static final class TeeStream extends OutputStream {

		private final OutputStream a;

		private final OutputStream b;

		TeeStream(OutputStream a, OutputStream b) {
			this.a = a;
			this.b = b;
		}

		@Override
		public void write(int c) throws IOException {
			a.write(c);
			b.write(c);
		}

		@Override
		public void write(byte[] buf, int off, int len) throws IOException {
			a.write(buf, off, len);
			b.write(buf, off, len);
		}

	}

}
