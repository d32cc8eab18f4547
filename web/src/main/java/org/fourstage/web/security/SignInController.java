package org.fourstage.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.fourstage.domain.clinic.ClinicCode;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security handles the form's POST; every failure shows the same
 * message, so the page never tells whether an address has an account. The clinic code is
 * filled in from a link that names it or from what this browser used last.
 */
@Controller
class SignInController {

	@GetMapping("/login")
	String signIn(Authentication authentication,
			@RequestParam(name = SignInClinic.PARAMETER, defaultValue = "") String clinic, HttpServletRequest request,
			Model model) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated()) {
			return "redirect:/start";
		}
		String code = ClinicCode.isValid(clinic) ? new ClinicCode(clinic).value()
				: SignInClinic.remembered(request).map(ClinicCode::value).orElse("");
		model.addAttribute("clinicCode", code);
		return "signin";
	}

}
