package com.careerbrief.web;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class PageLimitTests {

	/** One page at a time; the first page is held inside its handler until released. */
	final PageLimit limit = new PageLimit(1, Duration.ofMillis(300));

	final CountDownLatch pageStarted = new CountDownLatch(1);

	final CountDownLatch releasePage = new CountDownLatch(1);

	final FilterChain slowPage = (request, response) -> {
		pageStarted.countDown();
		try {
			releasePage.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		((jakarta.servlet.http.HttpServletResponse) response).setStatus(200);
	};

	@Test
	void aBriefDownloadDoesNotWaitForThePageBeingRenderedButASecondPageDoesAndGets503WhenItWaitsTooLong()
			throws Exception {
		CompletableFuture<Integer> search = CompletableFuture.supplyAsync(() -> call("/", slowPage));
		assertThat(pageStarted.await(5, TimeUnit.SECONDS)).isTrue();

		assertThat(call("/briefs/29-2072-medical-records-specialists.pdf", (rq, rs) -> { })).isEqualTo(200);
		assertThat(call("/analyst/workbook", (rq, rs) -> { })).isEqualTo(200);
		MockHttpServletResponse busy = new MockHttpServletResponse();
		limit.doFilter(request("/occupations/29-2072"), busy, (rq, rs) -> { });
		assertThat(busy.getStatus()).isEqualTo(503);
		assertThat(busy.getHeader("Retry-After")).isEqualTo("5");

		releasePage.countDown();
		assertThat(search.get(5, TimeUnit.SECONDS)).isEqualTo(200);
		assertThat(call("/occupations/29-2072", (rq, rs) -> { })).as("the page's turn once the first ended").isEqualTo(200);
	}

	private int call(String path, FilterChain chain) {
		try {
			MockHttpServletResponse response = new MockHttpServletResponse();
			limit.doFilter(request(path), response, chain);
			return response.getStatus();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static MockHttpServletRequest request(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setRequestURI(path);
		return request;
	}

}
