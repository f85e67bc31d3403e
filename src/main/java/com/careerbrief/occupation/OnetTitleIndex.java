package com.careerbrief.occupation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * O*NET occupation titles and alternate titles keyed by normalised title, for resolving how an
 * article words an occupation to its SOC 2018 code.
 */
public final class OnetTitleIndex {

	/** One title an occupation is known by. */
	public record Entry(String socCode, String occupationTitle, String titleAsPublished, boolean alternate) {
	}

	private static final Pattern PARENS = Pattern.compile("^(.*?)\\s*\\(([^)]*)\\)\\s*$");

	// Compiled once: every one of O*NET's some 60,000 alternate titles is normalised.
	private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9' ]");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private final Map<String, List<Entry>> byTitle = new HashMap<>();

	private final Map<String, String> occupationTitles = new LinkedHashMap<>();

	private int longestTitleWords = 1;

	/**
	 * Loads {@code Occupation Data.txt} and {@code Alternate Titles.txt} from an O*NET folder.
	 * @param onetDir folder holding the two tab-delimited files (CRLF, header row)
	 */
	public static OnetTitleIndex load(Path onetDir) throws IOException {
		OnetTitleIndex index = new OnetTitleIndex();
		for (String[] row : rows(onetDir.resolve("Occupation Data.txt"))) {
			String soc = socCode(row[0]);
			index.occupationTitles.putIfAbsent(soc, row[1].trim());
			index.add(row[1], new Entry(soc, row[1].trim(), row[1].trim(), false));
		}
		Path alternates = onetDir.resolve("Alternate Titles.txt");
		if (Files.exists(alternates)) {
			for (String[] row : rows(alternates)) {
				String soc = socCode(row[0]);
				String occupation = index.occupationTitles.getOrDefault(soc, row[1]);
				index.addAlternate(row[1], soc, occupation);
				if (row.length > 2 && !row[2].isBlank() && !"n/a".equals(row[2].trim())) {
					index.addAlternate(row[2], soc, occupation);
				}
			}
		}
		return index;
	}

	/** The O*NET title of a SOC code ("Medical Records Specialists"), or null. */
	public String occupationTitle(String socCode) {
		return occupationTitles.get(socCode);
	}

	/** Entries whose normalised title equals the normalised phrase; empty when unknown. */
	public List<Entry> lookup(String phrase) {
		return byTitle.getOrDefault(normalise(phrase), Collections.emptyList());
	}

	/** Number of words in the longest title, so callers know how far to look ahead. */
	public int longestTitleWords() {
		return longestTitleWords;
	}

	/**
	 * Lower case, punctuation to spaces, last word singular: "Medical Records Technicians" and
	 * "medical records technician" meet.
	 */
	public static String normalise(String phrase) {
		String s = SPACES.matcher(NOT_WORD.matcher(phrase.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ").trim())
			.replaceAll(" ");
		if (s.endsWith("ies") && s.length() > 4) {
			return s.substring(0, s.length() - 3) + "y";
		}
		if (s.endsWith("s") && !s.endsWith("ss") && s.length() > 3) {
			return s.substring(0, s.length() - 1);
		}
		return s;
	}

	private void addAlternate(String raw, String soc, String occupation) {
		Matcher m = PARENS.matcher(raw.trim());
		if (m.matches()) {
			add(m.group(1), new Entry(soc, occupation, m.group(1), true));
			add(m.group(2), new Entry(soc, occupation, m.group(2), true));
		}
		else {
			add(raw, new Entry(soc, occupation, raw.trim(), true));
		}
	}

	private void add(String title, Entry entry) {
		String key = normalise(title);
		if (key.isEmpty()) {
			return;
		}
		List<Entry> entries = byTitle.computeIfAbsent(key, k -> new ArrayList<>());
		if (entries.stream().noneMatch(e -> e.socCode().equals(entry.socCode()))) {
			entries.add(entry);
		}
		longestTitleWords = Math.max(longestTitleWords, (int) key.chars().filter(c -> c == ' ').count() + 1);
	}

	private static String socCode(String onetCode) {
		String code = onetCode.trim();
		int dot = code.indexOf('.');
		return dot > 0 ? code.substring(0, dot) : code;
	}

	private static List<String[]> rows(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		List<String[]> rows = new ArrayList<>();
		for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
			String clean = line.replace("\r", "");
			if (!clean.isBlank()) {
				rows.add(clean.split("\t", -1));
			}
		}
		return rows;
	}
}
