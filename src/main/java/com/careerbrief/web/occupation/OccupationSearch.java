package com.careerbrief.web.occupation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

	// The index, built once per loaded run: every page's titles (the page's own first) split into words,
	// each distinct word numbered, and for each word the titles that hold it. A query then compares its
	// words with each distinct word once (some 10,000) instead of with every word of every title, and
	// scores only the titles that hold a word matching its first word.

	/** Each distinct title word once. */
	private final String[] vocabulary;

	/** The vocabulary's numbers by word. */
	private final Map<String, Integer> numbers;

	/** The vocabulary's numbers in word order, for the words a query word begins. */
	private final Integer[] alphabetical;

	/** The vocabulary's numbers by word length, for the words within a typo or two of a query word. */
	private final Map<Integer, int[]> byLength;

	/** For each vocabulary word, the letters and digits it has, one bit each ({@link #letters}). */
	private final long[] letters;

	/** For each title (numbered across pages, in page order, a page's own title first): its page. */
	private final int[] titlePage;

	/** For each title: its text. */
	private final String[] titleText;

	/** For each title: its words, as numbers into the vocabulary, duplicates kept. */
	private final int[][] titleWords;

	/** For each vocabulary word: the titles that hold it, ascending. */
	private final int[][] titlesWith;

	OccupationSearch(List<OccupationPage> pages) {
		this.pages = pages;
		Map<String, Integer> numbers = new HashMap<>();
		List<Integer> pageOf = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		List<int[]> words = new ArrayList<>();
		for (int i = 0; i < pages.size(); i++) {
			OccupationPage page = pages.get(i);
			for (String title : (Iterable<String>) Stream.concat(Stream.of(page.title()), page.searchTitles().stream())::iterator) {
				pageOf.add(i);
				texts.add(title);
				words.add(words(title).stream().mapToInt(w -> numbers.computeIfAbsent(w, k -> numbers.size())).toArray());
			}
		}
		this.vocabulary = new String[numbers.size()];
		numbers.forEach((word, number) -> vocabulary[number] = word);
		this.numbers = Map.copyOf(numbers);
		this.alphabetical = numbers.values().stream().sorted(Comparator.comparing(w -> vocabulary[w])).toArray(Integer[]::new);
		this.letters = Arrays.stream(vocabulary).mapToLong(OccupationSearch::letters).toArray();
		this.byLength = numbers.values().stream().collect(Collectors.groupingBy(w -> vocabulary[w].length(),
				Collectors.collectingAndThen(Collectors.toList(), l -> l.stream().mapToInt(Integer::intValue).sorted().toArray())));
		this.titlePage = pageOf.stream().mapToInt(Integer::intValue).toArray();
		this.titleText = texts.toArray(String[]::new);
		this.titleWords = words.toArray(int[][]::new);
		List<List<Integer>> holders = new ArrayList<>();
		for (int w = 0; w < vocabulary.length; w++) {
			holders.add(new ArrayList<>());
		}
		for (int t = 0; t < titleWords.length; t++) {
			for (int w : titleWords[t]) {
				List<Integer> list = holders.get(w);
				if (list.isEmpty() || list.get(list.size() - 1) != t) {
					list.add(t);
				}
			}
		}
		this.titlesWith = holders.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
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
		if (words.isEmpty()) {
			return List.of(); // punctuation only: it used to match every title, now it finds nothing
		}
		// costs[i][w]: how far query word i is from vocabulary word w, or -1 when it does not match it
		double[][] costs = new double[words.size()][];
		for (int i = 0; i < words.size(); i++) {
			costs[i] = costs(words.get(i));
		}
		// A title must match the first query word somewhere: only those titles are scored, in title order.
		BitSet candidates = new BitSet(titleText.length);
		for (int w = 0; w < vocabulary.length; w++) {
			if (costs[0][w] >= 0) {
				for (int t : titlesWith[w]) {
					candidates.set(t);
				}
			}
		}
		List<Hit> hits = new ArrayList<>();
		Hit best = null;
		for (int t = candidates.nextSetBit(0); t >= 0; t = candidates.nextSetBit(t + 1)) {
			OccupationPage page = pages.get(titlePage[t]);
			if (best != null && best.page() != page) {
				hits.add(best);
				best = null;
			}
			double cost = cost(costs, titleWords[t]);
			if (cost >= 0 && (best == null || cost < best.cost())) {
				best = new Hit(page, titleText[t], titleText[t].equals(page.title()) ? cost : cost + 0.05);
			}
		}
		if (best != null) {
			hits.add(best);
		}
		return hits.stream().sorted(Comparator.comparingDouble(Hit::cost).thenComparing(h -> h.page().title()))
			.limit(MAX_RESULTS).toList();
	}

	/**
	 * How far one query word is from each vocabulary word, or -1 where it does not match: 0 for the same
	 * word, 0.5 for a word it begins (3 letters or more), else 2 per typo within {@link #allowedEdits}.
	 * It looks only where a match can be: the word itself, the words it begins (found by binary search),
	 * and the words of a length within the typos allowed.
	 */
	private double[] costs(String word) {
		double[] costs = new double[vocabulary.length];
		Arrays.fill(costs, -1);
		int allowed = allowedEdits(word);
		long has = letters(word);
		for (int length = word.length() - allowed; allowed > 0 && length <= word.length() + allowed; length++) {
			for (int w : byLength.getOrDefault(length, new int[0])) {
				// Each letter one word has and the other lacks takes an edit: most words are out at once.
				if (Long.bitCount(has & ~letters[w]) > allowed || Long.bitCount(letters[w] & ~has) > allowed) {
					continue;
				}
				int distance = distance(word, vocabulary[w], allowed);
				if (distance <= allowed) {
					costs[w] = 2.0 * distance;
				}
			}
		}
		if (word.length() >= 3) {
			int from = lowerBound(word);
			for (int i = from; i < alphabetical.length && vocabulary[alphabetical[i]].startsWith(word); i++) {
				costs[alphabetical[i]] = 0.5;
			}
		}
		Integer same = numbers.get(word);
		if (same != null) {
			costs[same] = 0;
		}
		return costs;
	}

	/** One bit for each letter (a-z) and digit a word has; words are lower case letters and digits. */
	private static long letters(String word) {
		long bits = 0;
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			bits |= 1L << (c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : 36 + c % 27);
		}
		return bits;
	}

	/** The first place in word order at or after {@code word}. */
	private int lowerBound(String word) {
		int low = 0;
		int high = alphabetical.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (vocabulary[alphabetical[middle]].compareTo(word) < 0) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	/**
	 * How far a title is from the query, or -1 when some query word matches none of its words: for each
	 * query word its cheapest match among the title's words, plus 0.1 per title word beyond the query's.
	 */
	private static double cost(double[][] costs, int[] title) {
		double total = 0;
		for (double[] word : costs) {
			double best = -1;
			for (int candidate : title) {
				double c = word[candidate];
				if (c >= 0 && (best < 0 || c < best)) {
					best = c;
				}
			}
			if (best < 0) {
				return -1;
			}
			total += best;
		}
		return total + 0.1 * Math.max(0, title.length - costs.length);
	}

	/** Typos a query word may have: none below 4 letters, one below 8, else two. */
	private static int allowedEdits(String word) {
		return word.length() >= 8 ? 2 : word.length() >= 4 ? 1 : 0;
	}

	/** Lower case words without a plural "s", so "coders" finds "Coder". */
	static List<String> words(String text) {
		return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
			.filter(w -> !w.isEmpty())
			.map(w -> w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w)
			.toList();
	}

	/** Levenshtein distance, or {@code max + 1} as soon as it is sure to be more than {@code max}. */
	static int distance(String a, String b, int max) {
		int[] previous = new int[b.length() + 1];
		int[] row = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			row[0] = i;
			int least = row[0];
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				row[j] = Math.min(substitution, Math.min(previous[j], row[j - 1]) + 1);
				least = Math.min(least, row[j]);
			}
			if (least > max) {
				return max + 1; // a row's least value never falls in later rows
			}
			int[] swap = previous;
			previous = row;
			row = swap;
		}
		return Math.min(previous[b.length()], max + 1);
	}

}
