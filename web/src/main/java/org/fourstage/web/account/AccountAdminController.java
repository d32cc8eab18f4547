package org.fourstage.web.account;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.fourstage.domain.account.Account;
import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.account.AccountRepository;
import org.fourstage.domain.account.DisplayName;
import org.fourstage.domain.account.DuplicateEmailException;
import org.fourstage.domain.account.EmailAddress;
import org.fourstage.domain.account.NewAccount;
import org.fourstage.domain.account.PasswordTokens;
import org.fourstage.domain.account.Role;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.clinic.ClinicRepository;
import org.fourstage.domain.paging.Page;
import org.fourstage.web.audit.AuditTrail;
import org.fourstage.web.security.SignedInUser;
import org.fourstage.web.support.NotFoundException;
import org.fourstage.domain.paging.Paging;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clinic admin's account pages. Every account is looked up within the admin's own
 * clinic; another clinic's account answers 404.
 */
@Controller
class AccountAdminController {

	static final int PAGE_SIZE = 20;

	private static final List<Role> STAFF_ROLES = List.of(Role.PHYSIO, Role.ADMIN);

	private final AccountRepository accounts;

	private final AccountAdministration administration;

	private final AuditTrail audit;

	private final ClinicRepository clinics;

	private final PasswordTokens tokens;

	private final Clock clock;

	AccountAdminController(AccountRepository accounts, AccountAdministration administration, AuditTrail audit,
			ClinicRepository clinics, PasswordTokens tokens, Clock clock) {
		this.accounts = accounts;
		this.clinics = clinics;
		this.tokens = tokens;
		this.clock = clock;
		this.administration = administration;
		this.audit = audit;
	}

	@InitBinder
	void allowOnlyFormFields(WebDataBinder binder) {
		binder.setDisallowedFields("id", "clinicId", "patientId");
	}

	@GetMapping("/admin/accounts")
	String list(@AuthenticationPrincipal SignedInUser admin, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String query = (q.length() > 100) ? q.substring(0, 100) : q;
		Page<Account> accounts = this.accounts.search(admin.clinicId(), query, Paging.clamp(page), PAGE_SIZE);
		this.audit.success(admin, AuditAction.ACCOUNT_LIST_VIEWED, AuditTarget.ACCOUNT, "list");
		model.addAttribute("page", accounts);
		model.addAttribute("q", query);
		model.addAttribute("signInCode", this.clinics.find(admin.clinicId()).orElseThrow().signInCode());
		model.addAttribute("awaitingLinks", this.tokens.awaitingConfirmation(admin.clinicId(), this.clock.instant()));
		model.addAttribute("adminId", admin.accountId());
		return "account/list";
	}

	@GetMapping("/admin/accounts/new")
	String newAccount(Model model) {
		model.addAttribute("form", NewAccountForm.empty());
		model.addAttribute("roles", STAFF_ROLES);
		return "account/new";
	}

	@PostMapping("/admin/accounts")
	String create(@AuthenticationPrincipal SignedInUser admin, @Valid @ModelAttribute("form") NewAccountForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (form.role() == Role.PATIENT) {
			result.rejectValue("role", "account.role.patientFromRegistration");
		}
		if (result.hasErrors()) {
			model.addAttribute("roles", STAFF_ROLES);
			return "account/new";
		}
		try {
			var created = this.administration.create(admin, new NewAccount(admin.clinicId(),
					new EmailAddress(form.email()), new DisplayName(form.name()), form.role(), null));
			redirect.addFlashAttribute("passwordLink", created.link());
			redirect.addFlashAttribute("flashKey", "account.created");
			return "redirect:/admin/accounts/" + created.account().id();
		}
		catch (DuplicateEmailException ex) {
			result.rejectValue("email", "account.email.taken");
			model.addAttribute("roles", STAFF_ROLES);
			return "account/new";
		}
	}

	@GetMapping("/admin/accounts/{id}")
	String show(@AuthenticationPrincipal SignedInUser admin, @PathVariable UUID id, Model model) {
		Account account = find(admin, id);
		model.addAttribute("account", account);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", AccountEditForm.of(account));
		}
		model.addAttribute("roles", (account.role() == Role.PATIENT) ? List.of(Role.PATIENT) : STAFF_ROLES);
		return "account/show";
	}

	@PostMapping("/admin/accounts/{id}")
	String update(@AuthenticationPrincipal SignedInUser admin, @PathVariable UUID id,
			@Valid @ModelAttribute("form") AccountEditForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Account account = find(admin, id);
		if (result.hasErrors()) {
			return show(admin, id, model);
		}
		try {
			this.administration.update(admin, account, new DisplayName(form.name()), form.role());
		}
		catch (AccountRuleException ex) {
			result.rejectValue("role", ex.messageKey());
			return show(admin, id, model);
		}
		redirect.addFlashAttribute("flashKey", "account.updated");
		return "redirect:/admin/accounts/" + id;
	}

	private Account find(SignedInUser admin, UUID id) {
		return this.accounts.find(admin.clinicId(), new AccountId(id)).orElseThrow(NotFoundException::new);
	}

}
