package com.careerbrief.web.occupation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.careerbrief.report.OccupationPage;

/**
 * Finds occupations by SOC code, by title, or by any O*NET or article title, tolerating small typos: every
 * word of the query must match a word of one title exactly, as its start, or within one edit (two for
 * long words). Closer matches, and titles with fewer extra words, come first.
 */
final class OccupationSearch {

	static final int MAX_RESULTS = 25;

	private static final Pattern SOC = Pattern.compile("\\d\\d-?\\d{1,4}");

	private final List<OccupationPage> pages;

	/** Every page's titles split into words once, when a run's pages are loaded, not at each query. */
	private final List<List<Titled>> titles;

	/** A title and its words. */
	private record Titled(String title, List<String> words) {
	}

	OccupationSearch(List<OccupationPage> pages) {
		this.pages = pages;
		this.titles = pages.stream()
			.map(p -> Stream.concat(Stream.of(p.title()), p.searchTitles().stream()).map(t -> new Titled(t, words(t))).toList())
			.toList();
	}

	/** An occupation found, and the title that matched it. */
	record Hit(OccupationPage page, String matchedTitle, double cost) {
	}

	List<Hit> find(String query) {
		String q = query == null ? "" : query.strip();
		if (q.isEmpty()) {
			return List.of();
		}
		if (SOC.matcher(q).matches()) {
			String code = q.contains("-") ? q : q.substring(0, 2) + "-" + q.substring(2);
			return pages.stream().filter(p -> p.socCode().startsWith(code)).limit(MAX_RESULTS)
				.map(p -> new Hit(p, p.title(), 0)).toList();
		}
		List<String> words = words(q);
		List<Hit> hits = new ArrayList<>();
		for (int i = 0; i < pages.size(); i++) {
			OccupationPage page = pages.get(i);
			Hit best = null;
			for (Titled titled : titles.get(i)) {
				String title = titled.title();
				double cost = cost(words, titled.words());
				if (cost >= 0 && (best == null || cost < best.cost())) {
					best = new Hit(page, title, title.equals(page.title()) ? cost : cost + 0.05);
				}
			}
			if (best != null) {
				hits.add(best);
			}
		}
		return hits.stream().sorted(Comparator.comparingDouble(Hit::cost).thenComparing(h -> h.page().title()))
			.limit(MAX_RESULTS).toList();
	}

	/** How far a title is from the query, or -1 when some query word matches none of its words. */
	static double cost(List<String> query, List<String> title) {
		double total = 0;
		for (String word : query) {
			double best = -1;
			for (String candidate : title) {
				double c = wordCost(word, candidate);
				if (c >= 0 && (best < 0 || c < best)) {
					best = c;
				}
			}
			if (best < 0) {
				return -1;
			}
			total += best;
		}
		return total + 0.1 * Math.max(0, title.size() - query.size());
	}

	private static double wordCost(String word, String candidate) {
		if (word.equals(candidate)) {
			return 0;
		}
		if (word.length() >= 3 && candidate.startsWith(word)) {
			return 0.5;
		}
		int allowed = word.length() >= 8 ? 2 : word.length() >= 4 ? 1 : 0;
		if (allowed == 0 || Math.abs(word.length() - candidate.length()) > allowed) {
			return -1;
		}
		int distance = distance(word, candidate);
		return distance <= allowed ? 2.0 * distance : -1;
	}

	/** Lower case words without a plural "s", so "coders" finds "Coder". */
	static List<String> words(String text) {
		return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
			.filter(w -> !w.isEmpty())
			.map(w -> w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w)
			.toList();
	}

	/** Levenshtein distance. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] row = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			row[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				row[j] = Math.min(substitution, Math.min(previous[j], row[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = row;
			row = swap;
		}
		return previous[b.length()];
	}

}
