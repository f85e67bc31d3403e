package com.careerbrief.web.security;

import com.careerbrief.web.PortalProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who sees which page: counselor pages for counselors (or anyone, when anonymous counselors are allowed),
 * analyst pages for analysts, run controls and metrics for operators; form login, CSRF on every POST,
 * strict security headers, a new session id at login, and refused logins after repeated failures.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	/** Content Security Policy: only this origin's own styles and scripts, and never inside a frame. */
	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http, PortalProperties portal, LoginAttempts attempts)
			throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/css/**", "/error", "/actuator/health", "/actuator/health/**").permitAll()
			.requestMatchers("/analyst/**").hasRole("ANALYST")
			.requestMatchers("/operator/**", "/actuator/**").hasRole("OPERATOR")
			.anyRequest().hasRole("COUNSELOR"));
		http.formLogin(form -> form.loginPage("/login").failureHandler(attempts.failureHandler()).permitAll());
		http.logout(logout -> logout.logoutSuccessUrl("/login?logout"));
		http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
			.contentTypeOptions(nosniff -> {
			}));
		if (portal.anonymousCounselors()) {
			http.anonymous(anonymous -> anonymous.authorities("ROLE_ANONYMOUS", "ROLE_COUNSELOR"));
		}
		http.addFilterBefore(attempts.lockoutFilter(),
				org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	LoginAttempts loginAttempts(PortalProperties portal) {
		return new LoginAttempts(portal);
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix().role("OPERATOR").implies("ANALYST")
			.role("ANALYST").implies("COUNSELOR").build();
	}

	@Bean
	UserDetailsService portalUsers(PortalProperties portal, PasswordEncoder encoder) {
		return PortalUsers.from(portal, encoder);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PortalUsers.encoder();
	}

}
