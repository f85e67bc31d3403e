package com.careerbrief.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import com.careerbrief.model.Claim;
import com.careerbrief.model.FactCategory;
import com.careerbrief.model.Metric;
import com.careerbrief.occupation.OccupationResolver;
import com.careerbrief.occupation.OnetTitleIndex;

/** Shared reader over the shipped O*NET titles, and claim look-ups the seed tests use. */
final class SeedArticleFixtures {

	static final Path SEED_000 = Path.of("input/documents/how-to-become-a-medical-records-technician.txt");

	static final Path SEED_001 = Path.of("input/documents/medical-records-technician-career-profile.txt");

	private static DocumentClaimReader reader;

	private SeedArticleFixtures() {
	}

	static synchronized DocumentClaimReader reader() {
		if (reader == null) {
			try {
				reader = new DocumentClaimReader(new OccupationResolver(OnetTitleIndex.load(Path.of("input/onet"))));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return reader;
	}

	static List<Claim> figures(DocumentReadResult r, Metric metric, String value) {
		return r.extracted().claims().stream().filter(Claim::figure).filter(c -> c.metric() == metric)
			.filter(c -> c.valueLow().compareTo(new BigDecimal(value)) == 0).toList();
	}

	static Claim figure(DocumentReadResult r, Metric metric, String value) {
		List<Claim> found = figures(r, metric, value);
		if (found.size() != 1) {
			throw new AssertionError("expected one " + metric + " " + value + " but found " + found);
		}
		return found.get(0);
	}

	static List<String> facts(DocumentReadResult r, FactCategory category) {
		return r.extracted().claims().stream().filter(c -> c.category() == category).map(Claim::text).toList();
	}

	static Claim fact(DocumentReadResult r, FactCategory category, String text) {
		return r.extracted().claims().stream().filter(c -> c.category() == category && c.text().equals(text))
			.findFirst().orElseThrow(() -> new AssertionError("no " + category + " " + text + " in "
					+ facts(r, category)));
	}
}
