package com.careerbrief.web.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.careerbrief.web.PortalProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limit on failed logins: after {@code max-failed-logins} failures for one user name or from one
 * client address, logins for it are refused for {@code lockout-minutes}, whatever the password, so a
 * password cannot be guessed by trying many.
 */
class LoginAttempts {

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private final int max;

	private final Duration lockout;

	private final Clock clock;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	LoginAttempts(PortalProperties portal) {
		this(portal.maxFailedLogins(), Duration.ofMinutes(portal.lockoutMinutes()), Clock.systemUTC());
	}

	LoginAttempts(int max, Duration lockout, Clock clock) {
		this.max = max;
		this.lockout = lockout;
		this.clock = clock;
	}

	/** Failures counted since the first one, which ages out after the lockout time. */
	private record Failures(int count, Instant first) {
	}

	boolean refused(String username, String address) {
		return tooMany("user:" + username) || tooMany("address:" + address);
	}

	void failed(String username, String address) {
		count("user:" + username);
		count("address:" + address);
	}

	void succeeded(String username) {
		failures.remove("user:" + username);
	}

	private boolean tooMany(String key) {
		Failures f = failures.get(key);
		if (f == null) {
			return false;
		}
		if (f.first().plus(lockout).isBefore(clock.instant())) {
			failures.remove(key, f);
			return false;
		}
		return f.count() >= max;
	}

	private void count(String key) {
		Instant now = clock.instant();
		failures.compute(key, (k, f) -> f == null || f.first().plus(lockout).isBefore(now) ? new Failures(1, now)
				: new Failures(f.count() + 1, f.first()));
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		succeeded(event.getAuthentication().getName());
	}

	/** Counts a failed login, then shows the login page with its error. */
	AuthenticationFailureHandler failureHandler() {
		SimpleUrlAuthenticationFailureHandler next = new SimpleUrlAuthenticationFailureHandler("/login?error");
		return (request, response, exception) -> {
			failed(String.valueOf(request.getParameter("username")), request.getRemoteAddr());
			next.onAuthenticationFailure(request, response, exception);
		};
	}

	/** Refuses a login POST while its user name or address is locked out, before the password is checked. */
	OncePerRequestFilter lockoutFilter() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if ("POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI())
						&& refused(String.valueOf(request.getParameter("username")), request.getRemoteAddr())) {
					log.warn("Login refused for a while after {} failed attempts: user {}, address {}", max,
							request.getParameter("username"), request.getRemoteAddr());
					response.sendRedirect(request.getContextPath() + "/login?locked");
					return;
				}
				chain.doFilter(request, response);
			}
		};
	}

}
