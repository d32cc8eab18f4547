package org.fourstage.web.home;

import org.fourstage.seeds.stage.StageGuides;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("stages", StageGuides.all());
		return "home";
	}

}
