package com.careerbrief.web;

import java.time.Duration;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link PageLimit} on every request, right after Spring Security. */
@Configuration(proxyBeanMethods = false)
class PageLimitConfiguration {

	/** Pages waiting beyond this get 503 at once, so that waiting pages never take all of Tomcat's 200 threads. */
	static final int MAX_WAITING = 100;

	@Bean
	FilterRegistrationBean<PageLimit> pageLimit(PortalProperties portal) {
		FilterRegistrationBean<PageLimit> registration = new FilterRegistrationBean<>(
				new PageLimit(portal.pagesAtOnce(), Duration.ofSeconds(30), MAX_WAITING));
		// After Spring Security (its filter chain is registered at order -100): a form body is read by then.
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

}
