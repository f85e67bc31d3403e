package com.careerbrief.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Renders at most a given number of pages at a time (searches, occupation pages, tables, handouts, logins),
 * first come first served, while the downloads of published files (briefs, the workbook) and the style sheet
 * never wait. Pages are what costs CPU; a file is streamed from disk. Without the limit, fifty concurrent
 * searches on two cores share the CPU fifty ways and a counselor's brief download waits behind all of them.
 * A page that cannot start within the wait allowed gets 503 with Retry-After.
 */
class PageLimit extends OncePerRequestFilter {

	private final Semaphore pages;

	private final Duration maxWait;

	PageLimit(int pagesAtOnce, Duration maxWait) {
		this.pages = new Semaphore(pagesAtOnce, true);
		this.maxWait = maxWait;
	}

	/** A published file or a static asset: streamed, not rendered. */
	static boolean isFile(String path) {
		return path.startsWith("/briefs/") || path.equals("/analyst/workbook") || path.startsWith("/css/");
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return isFile(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean acquired;
		try {
			acquired = pages.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			acquired = false;
		}
		if (!acquired) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "5");
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The portal is busy; try again shortly");
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			pages.release();
		}
	}

}
