package com.careerbrief.web.security;

import java.nio.file.Path;

import com.careerbrief.web.PublishedOutputFixture;
import com.careerbrief.web.download.PublishedRuns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Login against users configured with bcrypt hashes: CSRF, session fixation, lockout after failed logins. */
@WebMvcTest(LoginController.class)
@Import({ SecurityConfiguration.class, PublishedRuns.class })
class PortalSecurityTests {

	@TempDir
	static Path output;

	@Autowired
	MockMvc mvc;

	@BeforeAll
	static void publish() throws Exception {
		PublishedOutputFixture.publish(output, 1, "one");
	}

	@DynamicPropertySource
	static void users(DynamicPropertyRegistry registry) {
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
		registry.add("careerbrief.output", () -> output.toString());
		registry.add("careerbrief.portal.users[0].name", () -> "carla");
		registry.add("careerbrief.portal.users[0].password", () -> bcrypt.encode("counsel-2026"));
		registry.add("careerbrief.portal.users[0].role", () -> "COUNSELOR");
		registry.add("careerbrief.portal.users[1].name", () -> "mallory");
		registry.add("careerbrief.portal.users[1].password", () -> bcrypt.encode("right-one"));
		registry.add("careerbrief.portal.users[1].role", () -> "ANALYST");
		registry.add("careerbrief.portal.max-failed-logins", () -> "3");
	}

	@Test
	void theLoginPageCarriesACsrfTokenAndAPostWithoutOneIsRefused() throws Exception {
		mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(
				org.hamcrest.Matchers.containsString("name=\"_csrf\"")));
		mvc.perform(post("/login").param("username", "carla").param("password", "counsel-2026"))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
		mvc.perform(post("/logout")).andExpect(status().isForbidden());
	}

	@Test
	void aConfiguredUserLogsInWithABcryptHashAndGetsANewSessionId() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		MvcResult result = mvc
			.perform(post("/login").session(session).with(csrf()).param("username", "carla").param("password", "counsel-2026"))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername("carla").withRoles("COUNSELOR"))
			.andReturn();
		assertThat(result.getRequest().getSession().getId()).as("session id after login").isNotEqualTo(before);
	}

	@Test
	void afterRepeatedFailuresEvenTheRightPasswordIsRefused() throws Exception {
		for (int i = 0; i < 3; i++) {
			mvc.perform(post("/login").with(csrf()).param("username", "mallory").param("password", "guess" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(post("/login").with(csrf()).param("username", "mallory").param("password", "right-one"))
			.andExpect(redirectedUrl("/login?locked"))
			.andExpect(unauthenticated());
	}

}
