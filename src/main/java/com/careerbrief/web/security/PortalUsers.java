package com.careerbrief.web.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.careerbrief.web.PortalProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The portal's accounts, from {@code careerbrief.portal.users}; with none configured, one operator with a
 * random password, printed once to the log so the owner can log in and configure real users.
 */
final class PortalUsers {

	private static final Logger log = LoggerFactory.getLogger(PortalUsers.class);

	static final String FIRST_OPERATOR = "operator";

	private PortalUsers() {
	}

	static InMemoryUserDetailsManager from(PortalProperties portal, PasswordEncoder encoder) {
		List<UserDetails> users = new ArrayList<>();
		for (PortalProperties.User user : portal.users()) {
			if (user.name() == null || user.password() == null || user.role() == null) {
				throw new IllegalArgumentException("careerbrief.portal.users: each user needs name, password and role");
			}
			String hash = user.password().startsWith("{") ? user.password() : "{bcrypt}" + user.password();
			users.add(User.withUsername(user.name()).password(hash).roles(user.role().name()).build());
		}
		if (users.isEmpty()) {
			users.add(firstOperator(encoder));
		}
		return new InMemoryUserDetailsManager(users);
	}

	private static UserDetails firstOperator(PasswordEncoder encoder) {
		byte[] random = new byte[18];
		new SecureRandom().nextBytes(random);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		log.warn("""

				No portal users are configured. Log in as "{}" with this generated password: {}
				It changes at every start until users are configured under careerbrief.portal.users \
				(a bcrypt hash from: java -jar careerbrief.jar --hash-password; see README "Portal").
				""", FIRST_OPERATOR, password);
		return User.withUsername(FIRST_OPERATOR).password(encoder.encode(password))
			.roles(PortalProperties.Role.OPERATOR.name()).build();
	}

	/** Bcrypt, the only scheme accepted; a hash without its "{bcrypt}" prefix is read as bcrypt too. */
	static PasswordEncoder encoder() {
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", bcrypt));
		encoder.setDefaultPasswordEncoderForMatches(bcrypt);
		return encoder;
	}

}
