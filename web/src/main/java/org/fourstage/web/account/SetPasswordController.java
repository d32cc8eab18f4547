package org.fourstage.web.account;

import java.time.Clock;
import java.util.Optional;

import jakarta.validation.Valid;
import org.fourstage.domain.account.Account;
import org.fourstage.domain.account.AccountRepository;
import org.fourstage.domain.account.OneTimeToken;
import org.fourstage.domain.account.PasswordPolicy;
import org.fourstage.domain.account.PasswordTokens;
import org.fourstage.domain.clinic.ClinicRepository;

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
 * The page behind a one-time link, where a person sets their own password. The link works
 * once and for 24 hours; a used or expired link shows a page that says so.
 */
@Controller
class SetPasswordController {

	private final PasswordTokens tokens;

	private final AccountRepository accounts;

	private final PasswordPolicy policy;

	private final PasswordSetting setting;

	private final ClinicRepository clinics;

	private final Clock clock;

	SetPasswordController(PasswordTokens tokens, AccountRepository accounts, ClinicRepository clinics,
			PasswordPolicy policy, PasswordSetting setting, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.clinics = clinics;
		this.policy = policy;
		this.setting = setting;
		this.clock = clock;
	}

	@GetMapping("/password/set")
	String show(@RequestParam(defaultValue = "") String token, Model model) {
		Optional<Account> account = accountFor(token);
		if (account.isEmpty()) {
			return awaitsConfirmation(token) ? "account/link-awaiting" : "account/link-invalid";
		}
		model.addAttribute("account", account.get());
		model.addAttribute("form", new SetPasswordForm(token, "", ""));
		return "account/set-password";
	}

	@PostMapping("/password/set")
	String set(@Valid @ModelAttribute("form") SetPasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<Account> found = accountFor(form.token());
		if (found.isEmpty()) {
			return "account/link-invalid";
		}
		Account account = found.get();
		if (!result.hasFieldErrors("password")) {
			this.policy.check(form.password(), account.email())
				.ifPresent((problem) -> result.rejectValue("password", "password." + problem.name()));
		}
		if (!result.hasErrors() && !form.password().equals(form.confirmation())) {
			result.rejectValue("confirmation", "password.mismatch");
		}
		if (result.hasErrors()) {
			model.addAttribute("account", account);
			return "account/set-password";
		}
		boolean set = this.setting.set(new OneTimeToken(form.token()), account, form.password());
		if (!set) {
			return "account/link-invalid";
		}
		// A query parameter, not a flash attribute: the person is not signed in, and a
		// flash attribute would store a session for them.
		this.clinics.find(account.clinicId())
			.ifPresent((clinic) -> redirect.addAttribute("clinic", clinic.signInCode().value()));
		redirect.addAttribute("email", account.email().value());
		return "redirect:/login?passwordSet";
	}

	private boolean awaitsConfirmation(String token) {
		return !token.isBlank() && token.length() <= 100
				&& this.tokens.awaitsConfirmation(new OneTimeToken(token), this.clock.instant());
	}

	// A post without a token (or with a damaged one) is a link that does not work.
	private Optional<Account> accountFor(@Nullable String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return this.tokens.peek(new OneTimeToken(token), this.clock.instant())
			.flatMap(this.accounts::findInAnyClinic)
			.filter(Account::enabled);
	}

}
