package org.fourstage.web.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page. Spring Security handles the form's POST; every failure shows the same
 * message, so the page never tells whether an address has an account.
 */
@Controller
class SignInController {

	@GetMapping("/login")
	String signIn(Authentication authentication) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated()) {
			return "redirect:/start";
		}
		return "signin";
	}

}
