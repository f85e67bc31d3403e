package com.careerbrief.web;

import java.time.Duration;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link PageLimit} in front of every request, before Spring Security. */
@Configuration(proxyBeanMethods = false)
class PageLimitConfiguration {

	@Bean
	FilterRegistrationBean<PageLimit> pageLimit(PortalProperties portal) {
		FilterRegistrationBean<PageLimit> registration = new FilterRegistrationBean<>(
				new PageLimit(portal.pagesAtOnce(), Duration.ofSeconds(30)));
		// Before Spring Security, so that the session, CSRF and login work of a page counts inside the limit.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
