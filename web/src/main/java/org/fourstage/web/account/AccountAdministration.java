package org.fourstage.web.account;

import java.time.Clock;

import org.fourstage.domain.account.Account;
import org.fourstage.domain.account.AccountRepository;
import org.fourstage.domain.account.DisplayName;
import org.fourstage.domain.account.NewAccount;
import org.fourstage.domain.account.PasswordTokens;
import org.fourstage.domain.account.Role;
import org.fourstage.domain.audit.Actor;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.audit.AuditOutcome;
import org.fourstage.web.account.PasswordLinks.PasswordLink;
import org.fourstage.web.audit.AuditTrail;
import org.fourstage.web.security.SessionTerminator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a clinic admin does to accounts. Each change and its audit entry are saved in one
 * transaction; a refused change saves nothing.
 */
@Service
public class AccountAdministration {

	private final AccountRepository accounts;

	private final PasswordLinks links;

	private final AuditTrail audit;

	private final SessionTerminator sessions;

	private final PasswordTokens tokens;

	private final Clock clock;

	AccountAdministration(AccountRepository accounts, PasswordLinks links, AuditTrail audit, SessionTerminator sessions,
			PasswordTokens tokens, Clock clock) {
		this.accounts = accounts;
		this.links = links;
		this.audit = audit;
		this.sessions = sessions;
		this.tokens = tokens;
		this.clock = clock;
	}

	/**
	 * Opens a staff account in the admin's clinic and issues its set-password link.
	 * @param admin who opens it
	 * @param account what it consists of
	 * @return the account and its link
	 */
	@Transactional
	public CreatedAccount create(Actor admin, NewAccount account) {
		Account created = this.accounts.add(account);
		this.audit.record(admin, AuditAction.ACCOUNT_CREATED, AuditTarget.ACCOUNT, created.id(), created.patientId(),
				AuditOutcome.SUCCESS, "role " + created.role());
		return new CreatedAccount(created, issueLink(admin, created));
	}

	/**
	 * Issues a new set-password link; the old password keeps working until it is
	 * replaced. A reset of an account that has a password already is told to its owner at
	 * their next sign-in, and, where the clinic has another enabled admin, works only
	 * once that admin confirms it: one admin alone cannot take over a colleague's
	 * account.
	 * @param admin who asks
	 * @param account whose password is reset
	 * @return the link
	 */
	@Transactional
	public PasswordLink issueLink(Actor admin, Account account) {
		boolean reset = account.passwordSet();
		boolean awaiting = reset && !account.id().equals(admin.accountId())
				&& this.accounts.hasOtherEnabledAdmin(admin.clinicId(), admin.accountId());
		PasswordLink link = this.links.issue(account.id(), admin.accountId(), reset, awaiting);
		this.audit.record(admin, AuditAction.PASSWORD_LINK_ISSUED, AuditTarget.ACCOUNT, account.id(),
				account.patientId(), AuditOutcome.SUCCESS, awaiting ? "reset, awaiting a second admin's confirmation"
						: (reset ? "reset, owner told at next sign-in" : "first password"));
		return link;
	}

	/**
	 * Confirms another admin's reset link, which then works.
	 * @param admin the second admin
	 * @param account whose link waits
	 * @throws AccountRuleException when no link of another admin waits for this account
	 */
	@Transactional
	public void confirmLink(Actor admin, Account account) {
		if (!this.tokens.confirm(account.id(), admin.accountId(), this.clock.instant())) {
			throw new AccountRuleException("account.rule.nothingToConfirm");
		}
		this.audit.record(admin, AuditAction.PASSWORD_LINK_CONFIRMED, AuditTarget.ACCOUNT, account.id(),
				account.patientId(), AuditOutcome.SUCCESS, "second admin's confirmation");
	}

	/**
	 * Renames an account and changes its role. A changed role signs the account out, so
	 * its new rights apply at once.
	 * @param admin who changes it
	 * @param account the account as it is
	 * @param name the new name
	 * @param role the new role
	 */
	@Transactional
	public void update(Actor admin, Account account, DisplayName name, Role role) {
		if (role != account.role()) {
			if (account.role() == Role.PATIENT || role == Role.PATIENT) {
				throw new AccountRuleException("account.rule.patientRoleFixed");
			}
			if (account.id().equals(admin.accountId())) {
				throw new AccountRuleException("account.rule.ownRole");
			}
		}
		this.accounts.update(account.clinicId(), account.id(), name, role);
		this.audit.record(admin, AuditAction.ACCOUNT_UPDATED, AuditTarget.ACCOUNT, account.id(), account.patientId(),
				AuditOutcome.SUCCESS, (role != account.role()) ? "role " + account.role() + " -> " + role : "renamed");
		if (role != account.role()) {
			this.sessions.endSessionsOf(account.id());
		}
	}

	/**
	 * Disables an account and ends its open sessions everywhere.
	 * @param admin who disables it
	 * @param account the account
	 */
	@Transactional
	public void disable(Actor admin, Account account) {
		if (account.id().equals(admin.accountId())) {
			throw new AccountRuleException("account.rule.disableSelf");
		}
		this.accounts.setEnabled(account.clinicId(), account.id(), false);
		int ended = this.sessions.endSessionsOf(account.id());
		this.audit.record(admin, AuditAction.ACCOUNT_DISABLED, AuditTarget.ACCOUNT, account.id(), account.patientId(),
				AuditOutcome.SUCCESS, ended + " session(s) ended");
	}

	/**
	 * Lets a disabled account sign in again.
	 * @param admin who enables it
	 * @param account the account
	 */
	@Transactional
	public void enable(Actor admin, Account account) {
		this.accounts.setEnabled(account.clinicId(), account.id(), true);
		this.audit.success(admin, AuditAction.ACCOUNT_ENABLED, AuditTarget.ACCOUNT, account.id());
	}

	/**
	 * A new account and the link its owner uses to set a password.
	 *
	 * @param account the account
	 * @param link the link
	 */
	public record CreatedAccount(Account account, PasswordLink link) {

	}

}
