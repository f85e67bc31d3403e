package com.careerbrief.run;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a published run reported on, kept in its folder's published mark, so that the next run can tell
 * when it would shrink the report (see the job's ShrinkGuardTasklet).
 *
 * @param occupations occupations in the catalog
 * @param figures official and agency figures staged
 * @param survey the newest complete national survey, e.g. "2024 (oews/national/national_M2024_dl.csv)"
 * @param tableRows accepted rows of each table file, by its name under the input folder; empty in a mark
 *        written before they were kept
 */
public record PublishedCounts(long occupations, long figures, String survey, Map<String, Long> tableRows) {

	private static final String ROWS = "rows.";

	public PublishedCounts {
		tableRows = Map.copyOf(tableRows);
	}

	public PublishedCounts(long occupations, long figures, String survey) {
		this(occupations, figures, survey, Map.of());
	}

	String toMark() {
		// Properties escapes the file names (spaces, '=', line breaks); its date comment is dropped and the lines
		// sorted, so a mark says the same for the same counts.
		Properties rows = new Properties();
		tableRows.forEach((file, n) -> rows.setProperty(ROWS + file, String.valueOf(n)));
		StringWriter stored = new StringWriter();
		try {
			rows.store(stored, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex); // a StringWriter does not fail
		}
		return "published\noccupations=" + occupations + "\nfigures=" + figures + "\nsurvey=" + survey + "\n"
				+ stored.toString().lines().filter(line -> !line.startsWith("#")).sorted()
					.map(line -> line + "\n").collect(Collectors.joining());
	}

	/** The counts in a published mark; empty for a mark written before counts were kept. */
	static Optional<PublishedCounts> read(Path mark) {
		try {
			Properties p = new Properties();
			p.load(new StringReader(Files.readString(mark)));
			if (p.getProperty("occupations") == null) {
				return Optional.empty();
			}
			Map<String, Long> rows = new TreeMap<>();
			for (String key : p.stringPropertyNames()) {
				if (key.startsWith(ROWS)) {
					try {
						rows.put(key.substring(ROWS.length()), Long.parseLong(p.getProperty(key)));
					}
					catch (NumberFormatException ex) {
						// one damaged file line loses that file's comparison, not the run's counts
					}
				}
			}
			return Optional.of(new PublishedCounts(Long.parseLong(p.getProperty("occupations")),
					Long.parseLong(p.getProperty("figures", "0")), p.getProperty("survey", ""), rows));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}
}
