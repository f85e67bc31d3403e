package com.careerbrief.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Renders at most a given number of pages at a time (searches, occupation pages, tables, handouts, the CSV
 * export), first come first served, while the downloads of published files (briefs, the workbook), the
 * style sheet and the health check never wait. Pages are what costs CPU; a file is streamed from disk.
 * Without the limit, fifty concurrent searches on two cores share the CPU fifty ways and a counselor's brief
 * download waits behind all of them.
 *
 * <p>It runs after Spring Security, so a request's form body is already read (a client sending it slowly
 * holds no turn) and logins, rate-limited on their own, are not queued. A page that streams its answer
 * asynchronously (the handout, the CSV) keeps its turn until the answer is complete. A page that cannot
 * start within the wait allowed, or finds too many already waiting, gets 503 with Retry-After.
 */
class PageLimit extends OncePerRequestFilter {

	private final Semaphore pages;

	private final Duration maxWait;

	private final int maxWaiting;

	PageLimit(int pagesAtOnce, Duration maxWait, int maxWaiting) {
		this.pages = new Semaphore(pagesAtOnce, true);
		this.maxWait = maxWait;
		this.maxWaiting = maxWaiting;
	}

	/** A published file, a static asset or the health check: streamed or trivial, not rendered. */
	static boolean isExempt(String path) {
		return path.startsWith("/briefs/") || path.equals("/analyst/workbook") || path.startsWith("/css/")
				|| path.equals("/actuator/health") || path.startsWith("/actuator/health/");
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// The servlet path is decoded and normalised by the container ("/briefs/../analyst" is "/analyst").
		String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
		return isExempt(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!(pages.getQueueLength() < maxWaiting && acquire())) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "5");
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The portal is busy; try again shortly");
			return;
		}
		AtomicBoolean held = new AtomicBoolean(true);
		Runnable release = () -> {
			if (held.compareAndSet(true, false)) {
				pages.release();
			}
		};
		try {
			chain.doFilter(request, response);
			if (request.isAsyncStarted()) {
				request.getAsyncContext().addListener(new ReleaseWhenDone(release));
				return; // released when the asynchronous answer completes
			}
		}
		catch (RuntimeException | IOException | ServletException ex) {
			release.run();
			throw ex;
		}
		release.run();
	}

	private boolean acquire() {
		try {
			return pages.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private record ReleaseWhenDone(Runnable release) implements AsyncListener {

		@Override
		public void onComplete(AsyncEvent event) {
			release.run();
		}

		@Override
		public void onTimeout(AsyncEvent event) {
			release.run();
		}

		@Override
		public void onError(AsyncEvent event) {
			release.run();
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
			event.getAsyncContext().addListener(this); // a new cycle of the same request: still ours to release
		}

	}

}
