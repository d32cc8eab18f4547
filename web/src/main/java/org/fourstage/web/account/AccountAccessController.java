package org.fourstage.web.account;

import java.util.UUID;

import org.fourstage.domain.account.Account;
import org.fourstage.domain.account.AccountRepository;
import org.fourstage.domain.identity.AccountId;
import org.fourstage.web.security.SignedInUser;
import org.fourstage.web.support.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a clinic admin does about who can sign in to an account of their clinic: disable
 * and enable it, issue a set-password link, confirm a colleague's reset link. Another
 * clinic's account answers 404.
 */
@Controller
class AccountAccessController {

	private final AccountRepository accounts;

	private final AccountAdministration administration;

	AccountAccessController(AccountRepository accounts, AccountAdministration administration) {
		this.accounts = accounts;
		this.administration = administration;
	}

	@PostMapping("/admin/accounts/{id}/disable")
	String disable(@AuthenticationPrincipal SignedInUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
		Account account = find(admin, id);
		try {
			this.administration.disable(admin, account);
			redirect.addFlashAttribute("flashKey", "account.disabled");
		}
		catch (AccountRuleException ex) {
			redirect.addFlashAttribute("errorKey", ex.messageKey());
		}
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/admin/accounts/{id}/enable")
	String enable(@AuthenticationPrincipal SignedInUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
		this.administration.enable(admin, find(admin, id));
		redirect.addFlashAttribute("flashKey", "account.enabled");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/admin/accounts/{id}/password-link")
	String passwordLink(@AuthenticationPrincipal SignedInUser admin, @PathVariable UUID id,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("passwordLink", this.administration.issueLink(admin, find(admin, id)));
		redirect.addFlashAttribute("flashKey", "account.linkIssued");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/admin/accounts/{id}/password-link/confirm")
	String confirmLink(@AuthenticationPrincipal SignedInUser admin, @PathVariable UUID id,
			RedirectAttributes redirect) {
		try {
			this.administration.confirmLink(admin, find(admin, id));
			redirect.addFlashAttribute("flashKey", "account.linkConfirmed");
		}
		catch (AccountRuleException ex) {
			redirect.addFlashAttribute("errorKey", ex.messageKey());
		}
		return "redirect:/admin/accounts";
	}

	private Account find(SignedInUser admin, UUID id) {
		return this.accounts.find(admin.clinicId(), new AccountId(id)).orElseThrow(NotFoundException::new);
	}

}
