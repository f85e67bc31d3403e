package com.careerbrief.occupation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the occupation an article is about (and the occupation a sentence names) to a SOC 2018
 * code through O*NET titles and alternate titles; reports null rather than guessing.
 */
public class OccupationResolver {

	/**
	 * A title found in text.
	 * @param asWorded the words as they appear ("medical records specialists")
	 * @param socCode SOC 2018 code the title belongs to (first when O*NET lists it under several)
	 * @param start offset in the searched text
	 * @param end offset one past the last character
	 */
	public record Mention(String asWorded, String socCode, String onetTitle, int start, int end) {
	}

	/**
	 * The subject occupation of a document.
	 * @param socCode SOC 2018 code, or null when unresolved
	 * @param evidence the words and rule behind the code, or why none was chosen
	 * @param confidence 0..1, 0 when unresolved
	 */
	public record Resolution(String socCode, String evidence, double confidence) {
	}

	private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’]*");

	private static final Pattern ACRONYM = Pattern.compile("\\b([A-Z]{2,6})s?\\b");

	private static final int MAX_WORDS = 7;

	private final OnetTitleIndex index;

	public OccupationResolver(OnetTitleIndex index) {
		this.index = index;
	}

	/** Every O*NET title in the text (one-word only when it is a main title), longest match first. */
	public List<Mention> mentions(String text) {
		List<int[]> words = new ArrayList<>();
		Matcher m = WORD.matcher(text);
		while (m.find()) {
			words.add(new int[] { m.start(), m.end() });
		}
		List<Mention> found = new ArrayList<>();
		int maxWords = Math.min(MAX_WORDS, index.longestTitleWords());
		for (int i = 0; i < words.size(); i++) {
			for (int n = Math.min(maxWords, words.size() - i); n >= 1; n--) {
				int start = words.get(i)[0];
				int end = words.get(i + n - 1)[1];
				String phrase = text.substring(start, end);
				if (phrase.contains("\n") || phrase.contains(".")) {
					continue;
				}
				List<OnetTitleIndex.Entry> entries = index.lookup(phrase);
				if (phrase.contains(",")) {
					// a phrase across a comma is a title only when the title has its commas too ("Plumbers,
					// Pipefitters, and Steamfitters"), not a list that happens to spell one ("In retail, cashiers")
					entries = entries.stream().filter(e -> e.titleAsPublished().contains(",")).toList();
				}
				if (n == 1) {
					// one word counts only as a main O*NET title ("Electricians"), never as a loose alternate ("Coder")
					entries = entries.stream().filter(e -> !e.alternate()).toList();
				}
				if (!entries.isEmpty()) {
					OnetTitleIndex.Entry e = entries.get(0);
					found.add(new Mention(phrase, e.socCode(), e.occupationTitle(), start, end));
					i += n - 1;
					break;
				}
			}
		}
		return found;
	}

	/** The first occupation title named in a sentence, if any. */
	public Optional<Mention> firstMention(String sentence) {
		return mentions(sentence).stream().findFirst();
	}

	/**
	 * Resolves the subject occupation by title frequency, with the article title and headings
	 * counting more; acronyms that spell a found title ("MRT") count for it.
	 */
	public Resolution resolveSubject(String title, List<String> headings, String text) {
		Map<String, Double> scores = new LinkedHashMap<>();
		Map<String, Map<String, Integer>> wordings = new LinkedHashMap<>();
		score(text, 1, scores, wordings);
		headings.forEach(h -> score(h, 2, scores, wordings));
		score(title == null ? "" : title, 5, scores, wordings);
		scoreAcronyms(text, scores, wordings);
		if (scores.isEmpty()) {
			return new Resolution(null, "no O*NET occupation title or alternate title found in the text", 0);
		}
		double total = scores.values().stream().mapToDouble(Double::doubleValue).sum();
		Map.Entry<String, Double> best = scores.entrySet().stream().max(Map.Entry.comparingByValue()).get();
		double confidence = Math.round(best.getValue() / total * 100) / 100.0;
		String evidence = evidence(best.getKey(), wordings.get(best.getKey()));
		if (best.getValue() < 2 || confidence < 0.4) {
			return new Resolution(null, "unresolved: best candidate " + evidence + ", share " + confidence, 0);
		}
		return new Resolution(best.getKey(), evidence, confidence);
	}

	private void score(String text, int weight, Map<String, Double> scores, Map<String, Map<String, Integer>> wordings) {
		for (Mention mention : mentions(text)) {
			// a wording O*NET lists under several occupations counts a share to each
			List<OnetTitleIndex.Entry> entries = index.lookup(mention.asWorded());
			for (OnetTitleIndex.Entry e : entries) {
				scores.merge(e.socCode(), (double) weight / entries.size(), Double::sum);
				wordings.computeIfAbsent(e.socCode(), k -> new LinkedHashMap<>())
					.merge(OnetTitleIndex.normalise(mention.asWorded()), 1, Integer::sum);
			}
		}
	}

	private void scoreAcronyms(String text, Map<String, Double> scores, Map<String, Map<String, Integer>> wordings) {
		Map<String, String> initialsToCode = new LinkedHashMap<>();
		wordings.forEach((code, words) -> words.keySet().forEach(w -> initialsToCode.putIfAbsent(initials(w), code)));
		Matcher m = ACRONYM.matcher(text);
		while (m.find()) {
			String code = initialsToCode.get(m.group(1));
			if (code != null) {
				scores.merge(code, 1.0, Double::sum);
				wordings.get(code).merge(m.group(1) + " (initials)", 1, Integer::sum);
			}
		}
	}

	private static String initials(String phrase) {
		StringBuilder sb = new StringBuilder();
		for (String w : phrase.split(" ")) {
			sb.append(Character.toUpperCase(w.charAt(0)));
		}
		return sb.toString();
	}

	private String evidence(String code, Map<String, Integer> words) {
		StringBuilder sb = new StringBuilder();
		words.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
			.limit(4).forEach(e -> sb.append(sb.length() == 0 ? "" : ", ").append('"').append(e.getKey())
				.append("\" x").append(e.getValue()));
		return sb + " = O*NET titles of " + code + " " + index.occupationTitle(code);
	}
}
