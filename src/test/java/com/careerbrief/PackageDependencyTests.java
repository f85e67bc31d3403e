package com.careerbrief;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stage packages depend on one another one way only, read from the main sources' imports (and
 * fully qualified names): a cycle, or the operator runtime reaching into the job's steps, fails here
 * with the files that do it.
 */
class PackageDependencyTests {

	private static final Pattern QUALIFIED = Pattern.compile("\\bcom\\.careerbrief\\.((?:[a-z]\\w*\\.)*[a-z]\\w*)\\.[A-Z]");

	/** Full package (e.g. ingest.table.oews) → full packages it uses → the files that use them. */
	private static final Map<String, Map<String, Set<String>>> USES_FULL = new TreeMap<>();

	/** The same, by top-level package (ingest, job, …). */
	private static final Map<String, Map<String, Set<String>>> USES = new TreeMap<>();

	@BeforeAll
	static void readSources() throws IOException {
		Path root = Path.of("src/main/java/com/careerbrief");
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Path relative = root.relativize(file);
				if (relative.getNameCount() < 2) {
					continue; // the application class wires everything
				}
				String text = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//[^\\n]*", "");
				String from = relative.getParent().toString().replace('/', '.');
				Matcher q = QUALIFIED.matcher(text);
				while (q.find()) {
					String to = q.group(1);
					if (!to.equals(from)) {
						add(USES_FULL, from, to, relative);
					}
					if (!top(to).equals(top(from))) {
						add(USES, top(from), top(to), relative);
					}
				}
			}
		}
	}

	private static String top(String pkg) {
		return pkg.split("\\.")[0];
	}

	private static void add(Map<String, Map<String, Set<String>>> graph, String from, String to, Path file) {
		graph.computeIfAbsent(from, k -> new TreeMap<>()).computeIfAbsent(to, k -> new TreeSet<>()).add(file.toString());
	}

	@Test
	void theStagePackagesHaveNoCycle() {
		List<String> cycles = new ArrayList<>();
		for (String from : USES.keySet()) {
			for (String to : USES.get(from).keySet()) {
				if (reaches(USES, to, from, new TreeSet<>())) {
					cycles.add(from + " → " + to + " (" + USES.get(from).get(to) + ") and back");
				}
			}
		}
		assertThat(cycles).isEmpty();
	}

	@Test
	void noPackageCycleBetweenSubPackagesEither() {
		List<String> cycles = new ArrayList<>();
		for (String from : USES_FULL.keySet()) {
			for (String to : USES_FULL.get(from).keySet()) {
				if (reaches(USES_FULL, to, from, new TreeSet<>())) {
					cycles.add(from + " → " + to + " (" + USES_FULL.get(from).get(to) + ") and back");
				}
			}
		}
		assertThat(cycles).isEmpty();
	}

	@Test
	void eachPackageUsesOnlyWhatItsRoleAllows() {
		assertThat(uses("model")).isEmpty();
		assertThat(uses("config")).containsOnlyKeys("reconcile");
		assertThat(uses("run")).doesNotContainKey("job").doesNotContainKey("web");
		assertThat(uses("occupation")).doesNotContainKeys("ingest", "extract", "reconcile", "report", "job", "run");
		assertThat(uses("reconcile")).doesNotContainKeys("ingest", "extract", "report", "job", "run", "web");
		assertThat(uses("report")).doesNotContainKeys("ingest", "extract", "job", "run", "web");
		assertThat(uses("web")).doesNotContainKey("job");
		// the staging tables hold what the stages hand on; they know the stages' types, not the job or the reports
		assertThat(uses("staging")).doesNotContainKeys("job", "report", "web", "extract");
		assertThat(USES).containsKey("staging");
		// only the job wires the stages together
		assertThat(USES.entrySet().stream().filter(e -> e.getValue().containsKey("job")).map(Map.Entry::getKey)).isEmpty();
	}

	private static Map<String, Set<String>> uses(String from) {
		return USES.getOrDefault(from, Map.of());
	}

	private static boolean reaches(Map<String, Map<String, Set<String>>> graph, String from, String target,
			Set<String> seen) {
		if (from.equals(target)) {
			return true;
		}
		if (!seen.add(from)) {
			return false;
		}
		return graph.getOrDefault(from, Map.of()).keySet().stream().anyMatch(next -> reaches(graph, next, target, seen));
	}

}
