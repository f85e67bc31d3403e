package com.careerbrief.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Every entry below the input folder ends as read or set aside with its reason; nothing outside is read. */
class InputFolderTests {

	@TempDir
	Path work;

	Path input;

	Path outside;

	@BeforeEach
	void folders() throws Exception {
		input = Files.createDirectories(work.resolve("input"));
		outside = Files.createDirectories(work.resolve("outside"));
		Files.writeString(outside.resolve("secret.csv"), "year,cpi_u_annual_average\n2024,313.689\n");
		Files.createDirectories(input.resolve("oews"));
		Files.createDirectories(input.resolve("documents/a"));
		Files.createDirectories(input.resolve("documents/b"));
		Files.writeString(input.resolve("oews/wages.csv"), "x\n");
	}

	@Test
	void aLinkLeadingOutsideTheInputFolderIsRefusedWhetherToAFileOrAFolder() throws Exception {
		Files.createSymbolicLink(input.resolve("oews/linked.csv"), outside.resolve("secret.csv"));
		Files.createSymbolicLink(input.resolve("documents/elsewhere"), outside);
		Files.createSymbolicLink(input.resolve("oews/relative.csv"), Path.of("../../outside/secret.csv"));

		Map<String, InputFolder.Entry> entries = byName(InputFolder.scan(input));

		assertThat(entries.get("oews/linked.csv").use()).isEqualTo(InputFolder.Use.REFUSED);
		assertThat(entries.get("oews/linked.csv").reason())
			.isEqualTo("link to a target outside the input folder: not followed, not read");
		assertThat(entries.get("oews/relative.csv").reason()).isEqualTo(InputFolder.OUTSIDE);
		assertThat(entries.get("documents/elsewhere").reason()).isEqualTo(InputFolder.OUTSIDE);
		assertThat(entries.keySet()).noneMatch(name -> name.contains("secret"));
		assertThat(InputFolder.scan(input).tables()).extracting(InputFolder.Entry::name).containsExactly("oews/wages.csv");
	}

	@Test
	void aLinkInsideTheInputFolderIsReadUnderItsOwnName() throws Exception {
		Files.createSymbolicLink(input.resolve("oews/same-wages.csv"), input.resolve("oews/wages.csv"));
		Files.writeString(input.resolve("documents/a/x.txt"), "text");
		Files.createSymbolicLink(input.resolve("documents/b/x.txt"), Path.of("../a/x.txt"));

		InputFolder folder = InputFolder.scan(input);

		assertThat(folder.tables()).extracting(InputFolder.Entry::name)
			.containsExactly("oews/same-wages.csv", "oews/wages.csv");
		assertThat(folder.documents()).extracting(InputFolder.Entry::documentName).containsExactly("a/x.txt", "b/x.txt");
	}

	@Test
	void danglingLinksAreReportedAsSuchForTablesAndDocuments() throws Exception {
		Files.createSymbolicLink(input.resolve("oews/gone.csv"), input.resolve("oews/deleted.csv"));
		Files.createSymbolicLink(input.resolve("documents/gone.txt"), outside.resolve("never-there.txt"));

		Map<String, InputFolder.Entry> entries = byName(InputFolder.scan(input));

		assertThat(entries.get("oews/gone.csv").reason()).isEqualTo("dangling link: its target does not exist");
		assertThat(entries.get("documents/gone.txt").reason()).isEqualTo("dangling link: its target does not exist");
		assertThat(entries.get("oews/gone.csv").use()).isEqualTo(InputFolder.Use.REFUSED);
	}

	@Test
	void namesWithOddCharactersAreListedAsTheyAre() throws Exception {
		Files.writeString(input.resolve("oews/national%2fM2024.csv"), "x\n");
		Files.writeString(input.resolve("oews/wages (copy) #2 ü.csv"), "x\n");
		Files.writeString(input.resolve("documents/a/what's%20new.txt"), "text");

		InputFolder folder = InputFolder.scan(input);

		assertThat(folder.tables()).extracting(InputFolder.Entry::name)
			.contains("oews/national%2fM2024.csv", "oews/wages (copy) #2 ü.csv");
		assertThat(folder.documents()).extracting(InputFolder.Entry::documentName).containsExactly("a/what's%20new.txt");
	}

	@Test
	void notesAndHiddenEntriesAreSetAsideWithTheirReasonNotSkippedSilently() throws Exception {
		Files.writeString(input.resolve("SOURCES.md"), "# notes");
		Files.writeString(input.resolve("oews/.~lock.wages.csv#"), "lock");
		Files.createDirectories(input.resolve(".git"));
		Files.writeString(input.resolve(".git/config"), "x");
		Files.writeString(input.resolve("documents/a/article.md"), "# An article in Markdown");

		Map<String, InputFolder.Entry> entries = byName(InputFolder.scan(input));

		assertThat(entries.get("SOURCES.md").reason()).isEqualTo("Markdown notes (outside documents/): not a table, not read");
		assertThat(entries.get("oews/.~lock.wages.csv#").reason()).isEqualTo("hidden file: not read");
		assertThat(entries.get(".git").reason()).isEqualTo("hidden folder: not read");
		assertThat(entries).doesNotContainKey(".git/config");
		assertThat(entries.get("documents/a/article.md").use()).isEqualTo(InputFolder.Use.DOCUMENT);
	}

	@Test
	void aMissingInputFolderHasNoEntries() {
		assertThat(InputFolder.scan(work.resolve("nowhere")).entries()).isEmpty();
	}

	private static Map<String, InputFolder.Entry> byName(InputFolder folder) {
		return folder.entries().stream().collect(Collectors.toMap(InputFolder.Entry::name, Function.identity()));
	}

}
