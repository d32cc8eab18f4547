package org.fourstage.web.account;

import java.time.Clock;
import java.util.Optional;

import jakarta.validation.Valid;
import org.fourstage.domain.account.Account;
import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.account.AccountRepository;
import org.fourstage.domain.account.OneTimeToken;
import org.fourstage.domain.account.PasswordPolicy;
import org.fourstage.domain.account.PasswordTokens;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.clinic.ClinicRepository;
import org.fourstage.domain.audit.AuditEvent;
import org.fourstage.domain.audit.AuditOutcome;
import org.fourstage.web.audit.AuditTrail;

import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
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

	private final PasswordEncoder encoder;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	private final ClinicRepository clinics;

	private final Clock clock;

	SetPasswordController(PasswordTokens tokens, AccountRepository accounts, ClinicRepository clinics,
			PasswordPolicy policy, PasswordEncoder encoder, AuditTrail audit, TransactionTemplate transaction,
			Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.clinics = clinics;
		this.policy = policy;
		this.encoder = encoder;
		this.audit = audit;
		this.transaction = transaction;
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
		String hash = this.encoder.encode(form.password());
		boolean set = Boolean.TRUE.equals(this.transaction.execute((status) -> {
			Optional<AccountId> used = this.tokens.consume(new OneTimeToken(form.token()), this.clock.instant());
			if (used.isEmpty() || !used.get().equals(account.id())) {
				return false;
			}
			this.accounts.setPasswordHash(account.id(), hash);
			this.audit.record(new AuditEvent(account.clinicId(), account.id(), account.email().value(), account.role(),
					AuditAction.PASSWORD_SET, AuditTarget.ACCOUNT.code(), account.id().toString(), null,
					AuditTrail.clientAddress(), AuditOutcome.SUCCESS, null));
			return true;
		}));
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
