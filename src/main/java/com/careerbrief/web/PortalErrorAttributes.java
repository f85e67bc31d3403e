package com.careerbrief.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * What an error page (templates/error/) and a JSON error answer may say: the status, the path and the
 * portal's own sentence, the reason of a {@link ResponseStatusException} a controller threw ("No occupation
 * 99-9999 in the published run"). Any other message is left out: Spring's are written for developers ("No
 * static resource …") and an unexpected exception's may name classes or files. Stack traces and exception
 * names stay out as Boot's defaults leave them.
 */
@Component
public class PortalErrorAttributes extends DefaultErrorAttributes {

	static final String MESSAGE = "message";

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options.excluding(ErrorAttributeOptions.Include.MESSAGE));
		if (getError(request) instanceof ResponseStatusException status && status.getReason() != null) {
			attributes.put(MESSAGE, status.getReason());
		}
		return attributes;
	}

}
