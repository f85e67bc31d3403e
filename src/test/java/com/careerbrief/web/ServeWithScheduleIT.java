package com.careerbrief.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import com.careerbrief.job.InProcessRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --serve --schedule=CRON}: the portal launches the runs itself on the cron, serves nothing while the
 * first is in progress, then switches to what it published; the next tick finds the inputs unchanged.
 */
class ServeWithScheduleIT {

	@TempDir
	Path work;

	@Test
	void thePortalRunsTheJobOnItsCronAndServesEachRunOnceItIsPublished() throws Exception {
		Path input = InProcessRun.smallInput(work.resolve("input"));
		try (PortalServer portal = PortalServer.serve("--input=" + input, "--output=" + work.resolve("output"),
				"--state=" + work.resolve("state"), "--schedule=*/3 * * * * *",
				"--careerbrief.portal.anonymous-counselors=true")) {
			assertThat(portal.log()).contains("Scheduled: the portal launches a run on \"*/3 * * * * *\"");
			assertThat(page(portal, "/?q=coder")).as("before the first run has published").contains("Nothing published yet");

			String served = awaitPage(portal, "/?q=coder", "occupations from run <span>1</span>", Duration.ofMinutes(4));
			assertThat(served).contains("Medical Records Specialists");
			assertThat(work.resolve("output/latest").toRealPath().getFileName()).hasToString("1");

			// The next tick launches again and, the inputs unchanged, publishes nothing new.
			long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
			while (portal.log().split("Run started from the portal", -1).length < 3 && System.nanoTime() < deadline) {
				Thread.sleep(500);
			}
			assertThat(portal.log().split("Run started from the portal", -1)).as(portal.log()).hasSizeGreaterThanOrEqualTo(3);
			assertThat(page(portal, "/?q=coder")).contains("occupations from run <span>1</span>");
		}
	}

	private static String awaitPage(PortalServer portal, String path, String expected, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		String page = page(portal, path);
		while (!page.contains(expected) && System.nanoTime() < deadline) {
			Thread.sleep(500);
			page = page(portal, path);
		}
		assertThat(page).as("%s within %s; portal log:%n%s", path, timeout, portal.log()).contains(expected);
		return page;
	}

	private static String page(PortalServer portal, String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(portal.url(path))).build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

}
