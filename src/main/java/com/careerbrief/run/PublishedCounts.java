package com.careerbrief.run;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What a published run reported on, kept in its folder's published mark, so that the next run can tell
 * when it would shrink the report (see the job's ShrinkGuardTasklet).
 *
 * @param occupations occupations in the catalog
 * @param figures official and agency figures staged
 * @param survey the newest complete national survey, e.g. "2024 (oews/national/national_M2024_dl.csv)"
 */
public record PublishedCounts(long occupations, long figures, String survey) {

	String toMark() {
		return "published\noccupations=" + occupations + "\nfigures=" + figures + "\nsurvey=" + survey + "\n";
	}

	/** The counts in a published mark; empty for a mark written before counts were kept. */
	static Optional<PublishedCounts> read(Path mark) {
		try {
			Properties p = new Properties();
			p.load(new StringReader(Files.readString(mark)));
			if (p.getProperty("occupations") == null) {
				return Optional.empty();
			}
			return Optional.of(new PublishedCounts(Long.parseLong(p.getProperty("occupations")),
					Long.parseLong(p.getProperty("figures", "0")), p.getProperty("survey", "")));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}
}
