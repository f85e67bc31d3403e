package com.careerbrief.web.analyst;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import com.careerbrief.run.RunJournalFixture;
import com.careerbrief.web.PublishedOutputFixture;
import com.careerbrief.web.download.PublishedRuns;
import com.careerbrief.web.security.SecurityConfiguration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(RunHistoryController.class)
@Import({ SecurityConfiguration.class, PublishedRuns.class })
class RunHistoryControllerTests {

	@TempDir
	static Path work;

	@Autowired
	MockMvc mvc;

	/**
	 * Run 1 published and since pruned; run 2 failed, then resumed and published (kept); run 3 published and
	 * served; run 4 in progress.
	 */
	@BeforeAll
	static void history() throws Exception {
		Path output = work.resolve("output");
		RunJournalFixture journal = new RunJournalFixture(work.resolve("state"), output);
		LocalDateTime day = LocalDateTime.of(2026, 11, 2, 6, 0);
		PublishedOutputFixture.publish(output, 1, "one");
		journal.note(1, 1, BatchStatus.COMPLETED, day, 84, null);
		journal.note(2, 2, BatchStatus.FAILED, day.plusDays(1), 12, "Unknown state code \"ZZ\"");
		PublishedOutputFixture.publish(output, 2, "two");
		journal.note(2, 3, BatchStatus.COMPLETED, day.plusDays(1).plusHours(1), 70, null);
		PublishedOutputFixture.publish(output, 3, "three");
		journal.note(3, 4, BatchStatus.COMPLETED, day.plusDays(2), 91, null);
		FileSystemUtils.deleteRecursively(output.resolve("runs/1"));
		journal.note(4, 5, BatchStatus.STARTED, day.plusDays(3), 0, null);
		Files.createDirectories(work.resolve("empty-state"));
	}

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		registry.add("careerbrief.output", () -> work.resolve("output").toString());
		registry.add("careerbrief.state", () -> work.resolve("state").toString());
	}

	@Test
	@WithMockUser(roles = "ANALYST")
	void theHistoryListsEveryExecutionNewestFirstWithItsStatusDurationFingerprintAndWhetherItPublished() throws Exception {
		mvc.perform(get("/analyst/runs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span id=\"matching\">5</span> rows")))
			.andExpect(content().string(stringContainsInOrder(
					"<td>4</td><td>5</td><td>STARTED (in progress, or its process ended)</td><td>2026-11-05 06:00:00</td><td></td>",
					"<td>3</td><td>4</td><td>COMPLETED</td><td>2026-11-04 06:00:00</td><td>91.0</td><td>fp30123456789abcd</td><td>yes: the portal serves it</td>",
					"<td>2</td><td>3</td><td>COMPLETED</td><td>2026-11-03 07:00:00</td><td>70.0</td><td>fp20123456789abcd</td><td>yes: kept</td>",
					"<td>2</td><td>2</td><td>FAILED</td><td>2026-11-03 06:00:00</td><td>12.0</td><td>fp20123456789abcd</td><td>no</td><td>IllegalStateException: Unknown state code &quot;ZZ&quot;</td>",
					"<td>1</td><td>1</td><td>COMPLETED</td><td>2026-11-02 06:00:00</td><td>84.0</td><td>fp10123456789abcd</td><td>yes: since pruned</td>")));
	}

	@Test
	@WithMockUser(roles = "ANALYST")
	void theHistoryIsFilteredByStatus() throws Exception {
		mvc.perform(get("/analyst/runs").param("status", "failed"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span id=\"matching\">1</span> rows")))
			.andExpect(content().string(containsString("Unknown state code")))
			.andExpect(content().string(not(containsString("COMPLETED</td>"))));
	}

	@Test
	@WithMockUser(roles = "COUNSELOR")
	void aCounselorIsRefused() throws Exception {
		mvc.perform(get("/analyst/runs")).andExpect(status().isForbidden());
	}

}
