package com.careerbrief.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal's settings, bound from {@code careerbrief.portal.*}.
 *
 * @param users who may log in; empty on a first start, when one operator with a random password is made
 * @param anonymousCounselors whether the counselor pages open without logging in
 * @param maxFailedLogins failed logins for one user name, or from one address, before logins are refused
 * @param lockoutMinutes how long logins stay refused after that
 * @param concurrentPages pages rendered at once (0: one per core); more wait their turn, while downloads
 *        of files never wait (see {@link PageLimit})
 */
@ConfigurationProperties("careerbrief.portal")
public record PortalProperties(@DefaultValue List<User> users, @DefaultValue("false") boolean anonymousCounselors,
		@DefaultValue("5") int maxFailedLogins, @DefaultValue("15") int lockoutMinutes,
		@DefaultValue("0") int concurrentPages) {

	/** The pages rendered at once: as configured, or one per core. */
	public int pagesAtOnce() {
		return concurrentPages > 0 ? concurrentPages : Runtime.getRuntime().availableProcessors();
	}

	/**
	 * One portal user.
	 *
	 * @param name the login name
	 * @param password the bcrypt hash of the password ({@code $2a$…}, optionally prefixed {@code {bcrypt}})
	 * @param role COUNSELOR, ANALYST or OPERATOR
	 */
	public record User(String name, String password, Role role) {
	}

	/** A portal role; each includes the ones before it. */
	public enum Role {
		COUNSELOR, ANALYST, OPERATOR
	}

}
