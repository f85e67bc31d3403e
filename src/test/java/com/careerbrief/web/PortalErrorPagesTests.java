package com.careerbrief.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error pages a browser gets from the portal's real server (the servlet container forwards an error to
 * Boot's error controller, which MockMvc does not do): the portal's own pages in its layout, saying what
 * happened and what to do, never Spring's "Whitelabel Error Page" nor an exception's name; a JSON client
 * still gets JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalErrorPagesTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@TempDir
	static Path root;

	@LocalServerPort
	int port;

	HttpClient browser;

	@BeforeAll
	static void publish() throws Exception {
		PublishedOutputFixture.publish(Files.createDirectories(root.resolve("output")), 3, "three");
	}

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		registry.add("careerbrief.output", () -> root.resolve("output").toString());
		registry.add("careerbrief.state", () -> root.resolve("state").toString());
		registry.add("careerbrief.input", () -> root.resolve("input").toString());
		registry.add("careerbrief.portal.users[0].name", () -> "carla");
		registry.add("careerbrief.portal.users[0].password", () -> new BCryptPasswordEncoder(4).encode("counsel-2026"));
		registry.add("careerbrief.portal.users[0].role", () -> "COUNSELOR");
	}

	/** A browser logged in as carla, a counselor. */
	@BeforeEach
	void logIn() throws Exception {
		browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		Matcher token = CSRF.matcher(get("/login", "text/html").body());
		assertThat(token.find()).as("CSRF token on the login page").isTrue();
		String form = "username=carla&password=counsel-2026&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(url("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location")).as("redirect after login").hasValueSatisfying(
				location -> assertThat(location).doesNotContain("error"));
	}

	@Test
	void anUnknownOccupationNamesTheCodeAndLinksBackToTheSearch() throws Exception {
		HttpResponse<String> page = get("/occupations/99-9999", "text/html");
		assertThat(page.statusCode()).isEqualTo(404);
		assertPortalPage(page.body());
		assertThat(page.body()).contains("<h1>Not found</h1>", "No occupation 99-9999 in the published run.",
				"<a href=\"/\">Search the occupations</a>");
	}

	@Test
	void aCounselorOnAnAnalystPageIsToldWhoMayOpenItAndHowToGetIn() throws Exception {
		HttpResponse<String> page = get("/analyst", "text/html");
		assertThat(page.statusCode()).isEqualTo(403);
		assertPortalPage(page.body());
		assertThat(page.body()).contains("<h1>Not allowed</h1>", "Your account may not open <span>/analyst</span>.",
				"the analyst pages need an analyst's account", "<a href=\"/login\">log in</a> with another account");
	}

	@Test
	void anAddressTheFirewallRefusesGetsThePortalsBadRequestPage() throws Exception {
		HttpResponse<String> page = get("/briefs/%2e%2e/careerbrief.xlsx", "text/html");
		assertThat(page.statusCode()).isEqualTo(400);
		assertPortalPage(page.body());
		assertThat(page.body()).contains("<h1>Cannot read this request</h1>", "use the portal's own links");
	}

	@Test
	void aJsonClientStillGetsJsonWithTheSentenceAndNoException() throws Exception {
		HttpResponse<String> answer = get("/occupations/99-9999", "application/json");
		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json"));
		assertThat(answer.body()).contains("\"status\":404", "\"message\":\"No occupation 99-9999 in the published run.\"",
				"\"path\":\"/occupations/99-9999\"").doesNotContain("exception", "trace");
	}

	/** The portal's layout (its style sheet, its navigation with the user's name), nothing of Spring's page. */
	private static void assertPortalPage(String html) {
		assertThat(html).contains("href=\"/css/portal.css\"", "<a class=\"brand\" href=\"/\">careerbrief</a>", "carla")
			.doesNotContain("Whitelabel", "Exception", "exception", "at com.", "at org.");
	}

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(url(path)).header("Accept", accept).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI url(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

}
