package com.careerbrief.web.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page (Spring Security handles the form's POST). */
@Controller
class LoginController {

	static final String VIEW = "login";

	@GetMapping("/login")
	String login() {
		return VIEW;
	}

}
