package org.fourstage.web.clinic;

import java.util.Optional;

import jakarta.validation.Valid;
import org.fourstage.domain.account.DisplayName;
import org.fourstage.domain.account.EmailAddress;
import org.fourstage.domain.account.PasswordPolicy;
import org.fourstage.domain.clinic.ClinicCode;
import org.fourstage.domain.clinic.ClinicName;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The first-run setup page behind the link printed on the console. It works once, within
 * an hour, and only while the deployment has no clinic.
 */
@Controller
class SetupController {

	private final FirstClinicSetup setup;

	private final PasswordPolicy policy;

	SetupController(FirstClinicSetup setup, PasswordPolicy policy) {
		this.setup = setup;
		this.policy = policy;
	}

	@GetMapping("/setup")
	String show(@RequestParam(defaultValue = "") String token, Model model) {
		if (!usable(token)) {
			return "account/link-invalid";
		}
		model.addAttribute("form", new SetupForm(token, "", "", "", "", ""));
		return "clinic/setup";
	}

	@PostMapping("/setup")
	String create(@Valid @ModelAttribute("form") SetupForm form, BindingResult result, RedirectAttributes redirect) {
		if (!usable(form.token())) {
			return "account/link-invalid";
		}
		if (!result.hasFieldErrors("email") && !result.hasFieldErrors("password")) {
			this.policy.check(form.password(), new EmailAddress(form.email()))
				.ifPresent((problem) -> result.rejectValue("password", "password." + problem.name()));
		}
		if (!result.hasErrors() && !form.password().equals(form.confirmation())) {
			result.rejectValue("confirmation", "password.mismatch");
		}
		if (result.hasErrors()) {
			return "clinic/setup";
		}
		EmailAddress email = new EmailAddress(form.email());
		Optional<ClinicCode> created = this.setup.create(form.token(), new ClinicName(form.clinicName()),
				new DisplayName(form.adminName()), email, form.password());
		if (created.isEmpty()) {
			return "account/link-invalid";
		}
		// A query parameter, not a flash attribute, which would store a session.
		redirect.addAttribute("clinic", created.get().value());
		redirect.addAttribute("email", email.value());
		return "redirect:/login?clinicReady";
	}

	// A post without a token (or with a damaged one) is a link that does not work.
	private boolean usable(@Nullable String token) {
		return token != null && this.setup.usable(token);
	}

}
