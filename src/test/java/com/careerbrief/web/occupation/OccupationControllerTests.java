package com.careerbrief.web.occupation;

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
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(OccupationController.class)
@Import({ SecurityConfiguration.class, PublishedRuns.class, OccupationCatalog.class })
class OccupationControllerTests {

	@TempDir
	static Path output;

	@Autowired
	MockMvc mvc;

	@BeforeAll
	static void publish() throws Exception {
		PublishedOutputFixture.publish(output, 7, "seven");
	}

	@DynamicPropertySource
	static void output(DynamicPropertyRegistry registry) {
		registry.add("careerbrief.output", () -> output.toString());
	}

	@Test
	void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
		mvc.perform(get("/").param("q", "coder")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("**/login"));
	}

	@Test
	@WithMockUser(roles = "COUNSELOR")
	void medicalCoderFindsMedicalRecordsSpecialistsThroughItsOnetTitle() throws Exception {
		mvc.perform(get("/").param("q", "medical coder"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/occupations/29-2072\"")))
			.andExpect(content().string(containsString("also called Medical Coder")))
			.andExpect(content().string(not(containsString("Surgical Technologists"))));
	}

	@Test
	@WithMockUser(roles = "COUNSELOR")
	void aSearchToleratesTyposAndFindsBySocCode() throws Exception {
		mvc.perform(get("/").param("q", "medcal codr")).andExpect(content().string(containsString("/occupations/29-2072")));
		mvc.perform(get("/").param("q", "292055")).andExpect(content().string(containsString("/occupations/29-2055")));
		mvc.perform(get("/").param("q", "scrub tech"))
			.andExpect(content().string(containsString("/occupations/29-2055")))
			.andExpect(content().string(not(containsString("/occupations/29-2072"))));
	}

	@Test
	@WithMockUser(roles = "COUNSELOR")
	void theOccupationPageShowsPayWhatSourcesSayTheDataDateAndTheRun() throws Exception {
		mvc.perform(get("/occupations/29-2072"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("$50,250 per year")))
			.andExpect(content().string(containsString("An article says the average is $37,110.")))
			.andExpect(content().string(containsString("<span id=\"data-date\">May 2024</span>")))
			.andExpect(content().string(containsString("<span id=\"run-id\">7</span>")))
			.andExpect(content().string(containsString("href=\"/briefs/29-2072-medical-records-specialists-ny.pdf\"")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	@WithMockUser(roles = "COUNSELOR")
	void anUnknownOccupationIsNotFoundAndAMalformedCodeSaysWhatIsExpected() throws Exception {
		mvc.perform(get("/occupations/99-9999"))
			.andExpect(status().isNotFound())
			.andExpect(status().reason("No occupation 99-9999 in the published run."));
		mvc.perform(get("/occupations/medical-coder"))
			.andExpect(status().isBadRequest())
			.andExpect(status().reason("“medical-coder” is not a SOC code: expected a code like 29-2072."));
	}

}
