package com.careerbrief.web;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockAsyncContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class PageLimitTests {

	/** One page at a time; the first page is held inside its handler until released. */
	final PageLimit limit = new PageLimit(1, Duration.ofMillis(300), 100);

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
		((HttpServletResponse) response).setStatus(200);
	};

	@Test
	void aBriefDownloadDoesNotWaitForThePageBeingRenderedButASecondPageDoesAndGets503WhenItWaitsTooLong()
			throws Exception {
		CompletableFuture<Integer> search = CompletableFuture.supplyAsync(() -> call(limit, "/", slowPage));
		assertThat(pageStarted.await(5, TimeUnit.SECONDS)).isTrue();

		assertThat(call(limit, "/briefs/29-2072-medical-records-specialists.pdf", (rq, rs) -> { })).isEqualTo(200);
		assertThat(call(limit, "/analyst/workbook", (rq, rs) -> { })).isEqualTo(200);
		assertThat(call(limit, "/actuator/health", (rq, rs) -> { })).isEqualTo(200);
		MockHttpServletResponse busy = new MockHttpServletResponse();
		limit.doFilter(request("/occupations/29-2072"), busy, (rq, rs) -> { });
		assertThat(busy.getStatus()).isEqualTo(503);
		assertThat(busy.getHeader("Retry-After")).isEqualTo("5");

		releasePage.countDown();
		assertThat(search.get(5, TimeUnit.SECONDS)).isEqualTo(200);
		assertThat(call(limit, "/occupations/29-2072", (rq, rs) -> { })).as("the page's turn once the first ended").isEqualTo(200);
	}

	@Test
	void aPageAnsweredAsynchronouslyKeepsItsTurnUntilTheAnswerIsComplete() throws Exception {
		MockHttpServletRequest handout = request("/handout");
		handout.setAsyncSupported(true);
		limit.doFilter(handout, new MockHttpServletResponse(), (rq, rs) -> rq.startAsync());
		assertThat(handout.isAsyncStarted()).isTrue();

		assertThat(call(limit, "/", (rq, rs) -> { })).as("while the handout streams").isEqualTo(503);

		((MockAsyncContext) handout.getAsyncContext()).complete();
		assertThat(call(limit, "/", (rq, rs) -> { })).as("once it completed").isEqualTo(200);
	}

	@Test
	void aPageThatFailsGivesItsTurnBack() throws Exception {
		try {
			limit.doFilter(request("/"), new MockHttpServletResponse(), (rq, rs) -> {
				throw new IllegalStateException("boom");
			});
		}
		catch (IllegalStateException expected) {
			// the page's own failure
		}
		assertThat(call(limit, "/", (rq, rs) -> { })).isEqualTo(200);
	}

	@Test
	void tooManyWaitingPagesGet503AtOnce() throws Exception {
		PageLimit none = new PageLimit(1, Duration.ofSeconds(30), 0);
		long start = System.nanoTime();
		assertThat(call(none, "/", (rq, rs) -> { })).isEqualTo(503);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void theExemptionGoesByTheNormalisedPath() {
		assertThat(PageLimit.isExempt("/briefs/29-2072-medical-records-specialists.pdf")).isTrue();
		assertThat(PageLimit.isExempt("/analyst/workbook")).isTrue();
		assertThat(PageLimit.isExempt("/analyst/workbooks")).isFalse();
		assertThat(PageLimit.isExempt("/briefsx")).isFalse();
		MockHttpServletRequest tricky = new MockHttpServletRequest("GET", "/briefs/../analyst/claims");
		tricky.setServletPath("/analyst/claims"); // what the container gives after normalising
		CountDownLatch entered = new CountDownLatch(1);
		PageLimit busy = new PageLimit(1, Duration.ofMillis(100), 100);
		CompletableFuture.runAsync(() -> call(busy, "/", (rq, rs) -> {
			entered.countDown();
			try {
				Thread.sleep(2000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}));
		try {
			assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
			MockHttpServletResponse response = new MockHttpServletResponse();
			busy.doFilter(tricky, response, (rq, rs) -> { });
			assertThat(response.getStatus()).as("limited like the page it is").isEqualTo(503);
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	private static int call(PageLimit limit, String path, FilterChain chain) {
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
		request.setServletPath(path);
		return request;
	}

}
