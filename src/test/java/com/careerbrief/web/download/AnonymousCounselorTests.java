package com.careerbrief.web.download;

import java.nio.file.Files;
import java.nio.file.Path;

import com.careerbrief.web.PublishedOutputFixture;
import com.careerbrief.web.security.SecurityConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * careerbrief.portal.anonymous-counselors=true: a visitor who has not logged in downloads a counselor's
 * brief, but the analyst's workbook still asks for a login.
 */
@WebMvcTest(DownloadController.class)
@Import({ SecurityConfiguration.class, PublishedRuns.class })
class AnonymousCounselorTests {

	@TempDir
	static Path root;

	static Path run;

	@Autowired
	MockMvc mvc;

	@BeforeAll
	static void publish() throws Exception {
		run = PublishedOutputFixture.publish(Files.createDirectories(root.resolve("output")), 2, "two");
	}

	@DynamicPropertySource
	static void anonymous(DynamicPropertyRegistry registry) {
		registry.add("careerbrief.output", () -> root.resolve("output").toString());
		registry.add("careerbrief.portal.anonymous-counselors", () -> "true");
	}

	@Test
	void aVisitorWhoHasNotLoggedInGetsABrief() throws Exception {
		byte[] brief = Files.readAllBytes(run.resolve("briefs").resolve(PublishedOutputFixture.MEDICAL_RECORDS_BRIEF));
		mvc.perform(get("/briefs/" + PublishedOutputFixture.MEDICAL_RECORDS_BRIEF))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
			.andExpect(content().bytes(brief));
	}

	@Test
	void theWorkbookStillAsksForALogin() throws Exception {
		mvc.perform(get("/analyst/workbook")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("**/login"));
	}

}
