package com.careerbrief.web.operator;

import java.util.Optional;

import com.careerbrief.web.security.SecurityConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(OperatorController.class)
@Import(SecurityConfiguration.class)
class OperatorControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	RunControl runs;

	@Test
	@WithMockUser(roles = "OPERATOR")
	void startingARunLaunchesItAndSaysSo() throws Exception {
		given(runs.start(true)).willReturn(true);
		mvc.perform(post("/operator/start").with(csrf()).param("force", "true"))
			.andExpect(redirectedUrl("/operator"))
			.andExpect(flash().attribute("message", "Run started."));
		verify(runs).start(true);
	}

	@Test
	@WithMockUser(roles = "OPERATOR")
	void stoppingSaysTheRunStopsAfterItsChunk() throws Exception {
		given(runs.stop()).willReturn(true);
		mvc.perform(post("/operator/stop").with(csrf()))
			.andExpect(flash().attribute("message",
					"Stop requested: the run stops after its current chunk; the next launch resumes it."));
	}

	@Test
	@WithMockUser(roles = "OPERATOR")
	void withoutACsrfTokenNothingStarts() throws Exception {
		mvc.perform(post("/operator/start")).andExpect(status().isForbidden());
		verify(runs, never()).start(org.mockito.ArgumentMatchers.anyBoolean());
	}

	@Test
	@WithMockUser(roles = "ANALYST")
	void anAnalystMayNotStartARun() throws Exception {
		mvc.perform(post("/operator/start").with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/operator")).andExpect(status().isForbidden());
		verify(runs, never()).start(org.mockito.ArgumentMatchers.anyBoolean());
	}

	@Test
	@WithMockUser(roles = "OPERATOR")
	void thePageShowsTheRunsLatestProgressWhileItRunsAndOffersToStopIt() throws Exception {
		RunProcess run = org.mockito.Mockito.mock(RunProcess.class);
		given(run.started()).willReturn(java.time.Instant.parse("2026-12-01T05:00:00Z"));
		given(run.progress()).willReturn("reconcile: 10/26 (5 per second, about 3s left)");
		given(run.lastLines()).willReturn(java.util.List.of("INFO Step reconcile started"));
		given(runs.running()).willReturn(true);
		given(runs.current()).willReturn(Optional.of(run));
		given(runs.lastFailure()).willReturn(Optional.empty());
		mvc.perform(get("/operator"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span id=\"progress\">reconcile: 10/26 (5 per second, about 3s left)</span>")))
			.andExpect(content().string(containsString("Stop the run cleanly")))
			.andExpect(content().string(containsString("http-equiv=\"refresh\"")));
	}

	@Test
	@WithMockUser(roles = "OPERATOR")
	void theLastFailuresReasonIsShown() throws Exception {
		RunProcess failed = org.mockito.Mockito.mock(RunProcess.class);
		given(failed.reason()).willReturn("Another careerbrief run is in progress on state folder /srv/state");
		given(runs.current()).willReturn(Optional.empty());
		given(runs.lastFailure()).willReturn(Optional.of(failed));
		mvc.perform(get("/operator"))
			.andExpect(content().string(containsString("Another careerbrief run is in progress on state folder /srv/state")));
	}

	@Test
	@WithMockUser(roles = "OPERATOR")
	void thePageOffersToStartWhenNothingRuns() throws Exception {
		given(runs.current()).willReturn(Optional.empty());
		given(runs.lastFailure()).willReturn(Optional.empty());
		mvc.perform(get("/operator")).andExpect(status().isOk()).andExpect(content().string(containsString("Start a run now")));
	}

	@Test
	@WithMockUser(roles = "OPERATOR")
	void thePageWarnsWhenARunFromHereWouldDropThePublishedStateEditions() throws Exception {
		given(runs.current()).willReturn(Optional.empty());
		given(runs.lastFailure()).willReturn(Optional.empty());
		given(runs.editions()).willReturn("none");
		given(runs.editionsARunWouldDrop()).willReturn(java.util.List.of("IN", "NY"));
		mvc.perform(get("/operator"))
			.andExpect(content().string(containsString("state editions <span id=\"editions\">none</span>")))
			.andExpect(content().string(containsString("(<span>IN, NY</span>) that a run from here would not write")))
			.andExpect(content().string(containsString("<code>--states=IN,NY</code>")));
	}

}
