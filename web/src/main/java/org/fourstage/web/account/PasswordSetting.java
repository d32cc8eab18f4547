package org.fourstage.web.account;

import java.time.Clock;
import java.util.Optional;

import org.fourstage.domain.account.Account;
import org.fourstage.domain.account.AccountRepository;
import org.fourstage.domain.account.OneTimeToken;
import org.fourstage.domain.account.PasswordTokens;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditEvent;
import org.fourstage.domain.audit.AuditOutcome;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.identity.AccountId;
import org.fourstage.web.audit.AuditTrail;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person sets their own password through a one-time link. The link is used up, the
 * password stored and the audit entry written in one transaction. The person is not
 * signed in, so the entry names the link's account.
 */
@Service
class PasswordSetting {

	private final PasswordTokens tokens;

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	PasswordSetting(PasswordTokens tokens, AccountRepository accounts, PasswordEncoder encoder, AuditTrail audit,
			TransactionTemplate transaction, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.encoder = encoder;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Uses up the link and stores the new password of its account.
	 * @param token the link's token
	 * @param account the account the link was read as belonging to
	 * @param password the new password, already checked against the policy
	 * @return false when the link was used or expired meanwhile, or belongs to another
	 * account; nothing is written then
	 */
	boolean set(OneTimeToken token, Account account, String password) {
		// Hashing is slow on purpose; it is done before the transaction holds a
		// connection.
		String hash = this.encoder.encode(password);
		return Boolean.TRUE.equals(this.transaction.execute((status) -> {
			Optional<AccountId> used = this.tokens.consume(token, this.clock.instant());
			if (used.isEmpty() || !used.get().equals(account.id())) {
				return false;
			}
			this.accounts.setPasswordHash(account.id(), hash);
			this.audit.record(new AuditEvent(account.clinicId(), account.id(), account.email().value(), account.role(),
					AuditAction.PASSWORD_SET, AuditTarget.ACCOUNT.code(), account.id().toString(), null,
					AuditTrail.clientAddress(), AuditOutcome.SUCCESS, null));
			return true;
		}));
	}

}
