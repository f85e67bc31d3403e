package com.careerbrief.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.careerbrief.run.OutputPublisher;
import com.careerbrief.run.RunJournal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A run that fails (here: fail-fast on a bad input file) publishes nothing: the workbook and the
 * briefs counselors open stay byte for byte those of the last good run.
 */
class FailedRunKeepsPublishedOutputsTests {

	@TempDir
	Path work;

	Path input;

	Path output;

	Path state;

	/** The digests of a good run's published files, which every failing run below must leave as they are. */
	Map<String, String> published;

	@BeforeEach
	void publishAGoodRun() throws Exception {
		input = InProcessRun.smallInput(work.resolve("input"));
		output = work.resolve("output");
		state = work.resolve("state");
		assertThat(InProcessRun.run(input, output, state).exitCode()).isZero();
		published = digests(output);
		assertThat(published).containsKey("careerbrief.xlsx")
			.containsKey("briefs/29-2072-medical-records-specialists.pdf");
	}

	@Test
	void aRunFailingOnBadInputLeavesThePublishedWorkbookAndBriefsByteIdentical() throws Exception {

		Files.writeString(input.resolve("oews/national/national_M2024_broken_copy.csv"),
				"OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,A_MEDIAN\n29-2072,Medical records specialists,detailed,190000,abc\n");
		InProcessRun.Result failed = InProcessRun.run(input, output, state, "--careerbrief.max-rejected-rows=0");

		assertThat(failed.exitCode()).isEqualTo(1);
		assertThat(failed.log()).contains("rejected table rows").contains("outputs of the last good run are untouched");
		assertThat(digests(output)).isEqualTo(published);
	}

	@Test
	void aRunFailingLateAfterWritingItsWorkbookStillPublishesNothing() throws Exception {
		// A state folder from before the run history file: the next launch writes it from the job repository.
		Files.delete(state.resolve(RunJournal.FILE));
		// A folder where run 2 will write a brief fails the run at the briefs step, after its workbook is written.
		Path blocked = output.resolve("runs/2/briefs/29-2072-medical-records-specialists.pdf");
		Files.createDirectories(blocked);
		Files.writeString(blocked.resolve("in-the-way.txt"), "not a brief");
		InProcessRun.Result failed = InProcessRun.run(input, output, state, "--force");

		assertThat(failed.exitCode()).isEqualTo(1);
		assertThat(failed.log()).contains("29-2072-medical-records-specialists.pdf").contains("Step writeWorkbook COMPLETED")
			.contains("Step writeBriefs FAILED");
		assertThat(output.resolve("runs/2/careerbrief.xlsx")).as("the failed run got as far as its workbook").isRegularFile();
		assertThat(digests(output)).isEqualTo(published);
		assertThat(new OutputPublisher(output).latestRun()).hasValue(1);
		// The run history, newest first, as the portal's analysts read it (run 1 back-filled).
		List<RunJournal.Entry> history = RunJournal.read(state);
		assertThat(history).extracting(RunJournal.Entry::runId, RunJournal.Entry::status, RunJournal.Entry::published)
			.containsExactly(tuple(2L, "FAILED", false), tuple(1L, "COMPLETED", true));
		assertThat(history.get(0).reason()).contains("29-2072-medical-records-specialists.pdf");
		assertThat(history.get(1).reason()).isEmpty();
		assertThat(history).allSatisfy(run -> {
			assertThat(run.fingerprint()).hasSize(16);
			assertThat(run.duration()).hasValueSatisfying(d -> assertThat(d).isPositive());
		});
	}

	@Test
	void anUnknownStateCodeRefusesTheLaunchBeforeAnyStepRuns() throws Exception {
		// the application's main prints this innermost cause as "careerbrief: could not start: …" and exits 1
		assertThatThrownBy(() -> InProcessRun.run(input, output, state, "--force", "--states=IN,ZZ"))
			.rootCause().hasMessage("Unknown state code \"ZZ\"; use a two-letter postal code such as IN or CA");

		assertThat(output.resolve("runs/2")).doesNotExist();
		assertThat(RunJournal.read(state)).extracting(RunJournal.Entry::runId).containsExactly(1L);
		assertThat(digests(output)).isEqualTo(published);
	}

	@Test
	void aRunThatLosesMostOfItsOccupationsIsRefusedUntilTheOperatorAllowsIt() throws Exception {
		// given: the national wage file cut down to two occupations, as a truncated download would be
		Path national = input.resolve("oews/national/national_M2024_dl.csv");
		Files.write(national, twoOccupationsOf(national));

		// when
		InProcessRun.Result refused = InProcessRun.run(input, output, state);

		// then: nothing published, and the reason names the drop and the setting
		assertThat(refused.exitCode()).as(refused.log()).isEqualTo(1);
		assertThat(refused.log()).containsPattern("Run 2 would publish 2 occupations, [\\d.]+% fewer than the \\d+ of run 1, the last published run")
			.contains("careerbrief.max-shrink-percent=10%").contains("launch again with --allow-shrink")
			.contains("outputs of the last good run are untouched");
		assertThat(digests(output)).isEqualTo(published);
		assertThat(new OutputPublisher(output).latestRun()).hasValue(1);

		// when the operator accepts it, the same run resumes and publishes the two occupations
		InProcessRun.Result allowed = InProcessRun.run(input, output, state, "--allow-shrink");

		assertThat(allowed.exitCode()).as(allowed.log()).isZero();
		assertThat(allowed.log()).contains("Resuming run 2").contains("publishing anyway (--allow-shrink)");
		assertThat(new OutputPublisher(output).latestRun()).hasValue(2);
		try (Stream<Path> briefs = Files.list(output.resolve("briefs"))) {
			assertThat(briefs.map(p -> p.getFileName().toString()).sorted().toList())
				.containsExactly("29-2072-medical-records-specialists.pdf", "29-2081-opticians-dispensing.pdf");
		}
	}

	@Test
	void aTableFileCutOffMidWayIsRefusedThoughTheRunsTotalsHardlyMove() throws Exception {
		// given: O*NET's alternate titles cut off after 40% of its bytes, mid-line, as an interrupted download;
		// titles are texts, so the run's occupations and figures stay as they were
		Path titles = input.resolve("onet/Alternate Titles.txt");
		byte[] whole = Files.readAllBytes(titles);
		Files.write(titles, java.util.Arrays.copyOf(whole, whole.length * 2 / 5));

		// when
		InProcessRun.Result refused = InProcessRun.run(input, output, state);

		// then
		assertThat(refused.exitCode()).as(refused.log()).isEqualTo(1);
		assertThat(refused.log()).containsPattern("Run 2 would publish [\\d,]+ accepted rows of onet/Alternate Titles.txt, "
				+ "[\\d.]+% fewer than the [\\d,]+ of run 1, the last published run \\(more than careerbrief.max-shrink-percent=10%\\)")
			.contains("launch again with --allow-shrink");
		assertThat(digests(output)).isEqualTo(published);
	}

	@Test
	void aSliceOfANewerNationalSurveyIsSetAsideAndTheReportKeepsEveryOccupation() throws Exception {
		// given: a file named like a newer national release holding one slice of occupations
		Path national = input.resolve("oews/national/national_M2024_dl.csv");
		Files.write(input.resolve("oews/national/national_M2025_dl.csv"), twoOccupationsOf(national));

		// when
		InProcessRun.Result run = InProcessRun.run(input, output, state);

		// then: the catalog is the 2024 survey's, the slice's rows are filtered with the reason
		assertThat(run.exitCode()).as(run.log()).isZero();
		assertThat(run.log()).contains("partial national survey: covers 2 occupations, where the 2024 survey"
				+ " (oews/national/national_M2024_dl.csv) covers");
		try (Stream<Path> briefs = Files.list(output.resolve("briefs"))) {
			assertThat(briefs.count()).isEqualTo(published.keySet().stream().filter(k -> k.startsWith("briefs/")).count());
		}
		StreamedSheet accounting = StreamedSheet.read(output.resolve("careerbrief.xlsx"), "Input accounting");
		assertThat(accounting.rows).anySatisfy(row -> {
			assertThat(row.get(0).value()).isEqualTo("oews/national/national_M2025_dl.csv");
			assertThat(row.get(3).value()).as("accepted").isEqualTo("0.0");
			assertThat(row.get(4).value()).as("filtered").isEqualTo("2.0");
			assertThat(row.get(8).value()).startsWith("partial national survey");
		});
		StreamedSheet occupations = StreamedSheet.read(output.resolve("careerbrief.xlsx"), "Occupations");
		assertThat(occupations.rows.toString()).doesNotContain("2025");
	}

	@Test
	void aFirstRunOnAFolderWithoutANationalWageFileFailsInsteadOfPublishingAnEmptyReport() throws Exception {
		// given: articles and O*NET, but no national OEWS file (a wrong --input, a download not made yet)
		Files.delete(input.resolve("oews/national/national_M2024_dl.csv"));
		Path freshOutput = work.resolve("fresh-output");

		// when: the first run into an output folder with nothing published yet
		InProcessRun.Result run = InProcessRun.run(input, freshOutput, work.resolve("fresh-state"));

		// then
		assertThat(run.exitCode()).as(run.log()).isEqualTo(1);
		assertThat(run.log()).contains("Run 1 FAILED: IllegalStateException: No occupations to report on: no national OEWS "
				+ "wage file with occupations (such as oews/national/national_M2024_dl.csv) was accepted from input folder "
				+ input.toAbsolutePath());
		assertThat(new OutputPublisher(freshOutput).latestRun()).isEmpty();
		assertThat(freshOutput.resolve("careerbrief.xlsx")).doesNotExist();
	}

	/** The header line and the rows of two occupations: a national wage file cut down as a bad download would be. */
	private static List<String> twoOccupationsOf(Path national) throws IOException {
		List<String> lines = Files.readAllLines(national);
		List<String> kept = new ArrayList<>(lines.subList(0, 1));
		lines.stream().filter(l -> l.contains("29-2072") || l.contains("29-2081")).forEach(kept::add);
		return kept;
	}

	/** SHA-256 of every file the user opens, following the published links, by path under output/. */
	private static Map<String, String> digests(Path output) throws Exception {
		Map<String, String> digests = new TreeMap<>();
		digests.put("careerbrief.xlsx", sha256(output.resolve("careerbrief.xlsx")));
		try (Stream<Path> briefs = Files.list(output.resolve("briefs"))) {
			for (Path brief : briefs.toList()) {
				digests.put("briefs/" + brief.getFileName(), sha256(brief));
			}
		}
		return digests;
	}

	private static String sha256(Path file) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[1 << 16];
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
			}
		}
		catch (IOException ex) {
			throw new AssertionError("Cannot read published file " + file, ex);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

}
