package com.careerbrief.web.analyst;

import java.nio.file.Path;

import com.careerbrief.web.PublishedOutputFixture;
import com.careerbrief.web.download.PublishedRuns;
import com.careerbrief.web.security.SecurityConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(AnalystController.class)
@Import({ SecurityConfiguration.class, PublishedRuns.class })
class AnalystControllerTests {

	@TempDir
	static Path output;

	@Autowired
	MockMvc mvc;

	@BeforeAll
	static void publishTwoRuns() throws Exception {
		PublishedOutputFixture.publish(output, 4, "four");
		PublishedOutputFixture.publish(output, 5, "five");
	}

	@DynamicPropertySource
	static void output(DynamicPropertyRegistry registry) {
		registry.add("careerbrief.output", () -> output.toString());
	}

	@Test
	@WithMockUser(roles = "ANALYST")
	void theAnalystPageOffersTheLatestWorkbookAndListsTheKeptRuns() throws Exception {
		mvc.perform(get("/analyst"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Download the workbook of run\n      <span>5</span>")))
			.andExpect(content().string(containsString("<td>4</td>")))
			.andExpect(content().string(containsString("latest: the portal serves this run")));
	}

	@Test
	@WithMockUser(roles = "COUNSELOR")
	void aCounselorIsRefused() throws Exception {
		mvc.perform(get("/analyst")).andExpect(status().isForbidden());
	}

}
