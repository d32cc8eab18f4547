package org.fourstage.web.account;

import org.fourstage.web.security.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Sends each person, after signing in, to where their work starts.
 */
@Controller
class LandingController {

	@GetMapping("/start")
	String start(@AuthenticationPrincipal SignedInUser user) {
		return switch (user.role()) {
			case ADMIN -> "redirect:/admin/accounts";
			case PHYSIO -> "redirect:/dashboard";
			case PATIENT -> "redirect:/my/program";
		};
	}

}
