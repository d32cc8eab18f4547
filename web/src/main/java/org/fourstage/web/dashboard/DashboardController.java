package org.fourstage.web.dashboard;

import org.fourstage.web.security.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The physio's dashboard.
 */
@Controller
class DashboardController {

	private final DashboardReading reading;

	DashboardController(DashboardReading reading) {
		this.reading = reading;
	}

	@GetMapping("/dashboard")
	String show(@AuthenticationPrincipal SignedInUser physio, Model model) {
		model.addAttribute("dashboard", this.reading.read(physio));
		return "dashboard/show";
	}

}
