package com.careerbrief.web.occupation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import com.careerbrief.report.OccupationPage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indexed search finds what the plain definition finds (every query word equal to, the beginning of,
 * or within its allowed typos of some word of a title; scored the same), computed here the slow way on the
 * shipped O*NET titles with queries drawn from them, typos included.
 */
class OccupationSearchTests {

	private static final List<OccupationPage> PAGES = onetPages();

	private static final OccupationSearch SEARCH = new OccupationSearch(PAGES);

	/** Each page's titles (its own first) with their words, split once for the plain search below. */
	private static final List<List<Map.Entry<String, List<String>>>> TITLES = PAGES.stream()
		.map(page -> Stream.concat(Stream.of(page.title()), page.searchTitles().stream())
			.map(title -> Map.entry(title, OccupationSearch.words(title)))
			.toList())
		.toList();

	@Test
	void aCoderFindsTheMedicalRecordsSpecialistsFirstAndTyposAreTolerated() {
		assertThat(SEARCH.find("medical coder")).first()
			.satisfies(hit -> assertThat(hit.page().socCode()).isEqualTo("29-2072"));
		assertThat(SEARCH.find("medcal codr")).extracting(hit -> hit.page().socCode()).contains("29-2072");
		assertThat(SEARCH.find("!!!")).isEmpty();
	}

	@Test
	void theIndexFindsExactlyWhatScoringEveryTitleFinds() {
		Random random = new Random(17); // fixed before the first run
		List<String> queries = new ArrayList<>(List.of("medical coder", "nurse", "registered nurses", "data scientist",
				"surgical tech", "truck driver", "chief", "software develper", "acountant", "x", "tech"));
		List<String> titles = PAGES.stream().flatMap(p -> p.searchTitles().stream()).toList();
		while (queries.size() < 120) {
			List<String> words = OccupationSearch.words(titles.get(random.nextInt(titles.size())));
			if (words.isEmpty()) {
				continue;
			}
			String word = words.get(random.nextInt(words.size()));
			String other = words.get(random.nextInt(words.size()));
			queries.add(switch (random.nextInt(4)) {
				case 0 -> word;
				case 1 -> word + " " + other;
				case 2 -> word.length() > 4 ? word.substring(0, 2) + word.substring(3) : word; // a letter left out
				default -> word.length() > 3 ? word.substring(0, 3) : word; // a beginning
			});
		}
		for (String query : queries) {
			assertThat(SEARCH.find(query)).as(query).isEqualTo(everyTitleScored(query));
		}
	}

	/** The search as defined: every title of every page scored against the query, the best title per page. */
	private static List<OccupationSearch.Hit> everyTitleScored(String query) {
		List<String> words = OccupationSearch.words(query.strip());
		List<OccupationSearch.Hit> hits = new ArrayList<>();
		for (int i = 0; i < PAGES.size(); i++) {
			OccupationPage page = PAGES.get(i);
			OccupationSearch.Hit best = null;
			for (Map.Entry<String, List<String>> titled : TITLES.get(i)) {
				String title = titled.getKey();
				double cost = cost(words, titled.getValue());
				if (cost >= 0 && (best == null || cost < best.cost())) {
					best = new OccupationSearch.Hit(page, title, title.equals(page.title()) ? cost : cost + 0.05);
				}
			}
			if (best != null) {
				hits.add(best);
			}
		}
		return hits.stream()
			.sorted(Comparator.comparingDouble(OccupationSearch.Hit::cost).thenComparing(h -> h.page().title()))
			.limit(OccupationSearch.MAX_RESULTS)
			.toList();
	}

	private static double cost(List<String> query, List<String> title) {
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

	/** A word's cost as the search defines it, computed the plain way. */
	private static double wordCost(String word, String candidate) {
		if (word.equals(candidate)) {
			return 0;
		}
		if (word.length() >= 3 && candidate.startsWith(word)) {
			return 0.5;
		}
		int allowed = word.length() >= 8 ? 2 : word.length() >= 4 ? 1 : 0;
		if (Math.abs(word.length() - candidate.length()) > allowed) {
			return -1; // the distance is at least the difference in length
		}
		int distance = levenshtein(word, candidate);
		return allowed > 0 && distance <= allowed ? 2.0 * distance : -1;
	}

	private static int levenshtein(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			for (int j = 0; j <= b.length(); j++) {
				d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1),
						Math.min(d[i - 1][j], d[i][j - 1]) + 1);
			}
		}
		return d[a.length()][b.length()];
	}

	/** A page per O*NET occupation of the shipped input, found by its O*NET alternate titles. */
	private static List<OccupationPage> onetPages() {
		Map<String, String> titles = new LinkedHashMap<>();
		Map<String, List<String>> alternates = new LinkedHashMap<>();
		for (String[] cells : rows("Occupation Data.txt")) {
			titles.putIfAbsent(cells[0].substring(0, 7), cells[1]);
		}
		for (String[] cells : rows("Alternate Titles.txt")) {
			alternates.computeIfAbsent(cells[0].substring(0, 7), k -> new ArrayList<>()).add(cells[1]);
		}
		return titles.entrySet()
			.stream()
			.map(e -> new OccupationPage(e.getKey(), e.getValue(), null, List.of(),
					alternates.getOrDefault(e.getKey(), List.of()), null, List.of(), null, List.of(), null, Map.of()))
			.toList();
	}

	/** The tab-separated cells of an O*NET file's data lines. */
	private static List<String[]> rows(String file) {
		try {
			List<String> lines = Files.readAllLines(Path.of("input/onet", file), StandardCharsets.UTF_8);
			return lines.subList(1, lines.size()).stream().map(line -> line.split("\t")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
