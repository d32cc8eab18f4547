package org.fourstage.web.home;

import org.fourstage.domain.account.Role;
import org.fourstage.seeds.stage.StageGuides;
import org.fourstage.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	// A physio's work starts at the dashboard; everyone else sees the four stages.
	@GetMapping("/")
	String home(@AuthenticationPrincipal @Nullable SignedInUser user, Model model) {
		if (user != null && user.role() == Role.PHYSIO) {
			return "redirect:/dashboard";
		}
		model.addAttribute("stages", StageGuides.all());
		return "home";
	}

}
