package org.fourstage.web.clinic;

import java.time.Clock;
import java.util.Optional;

import org.fourstage.domain.account.Account;
import org.fourstage.domain.account.DisplayName;
import org.fourstage.domain.account.EmailAddress;
import org.fourstage.domain.account.OneTimeToken;
import org.fourstage.domain.account.SetupTokens;
import org.fourstage.domain.clinic.ClinicCode;
import org.fourstage.domain.clinic.ClinicName;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first clinic and its admin, made through the one-time setup link. The link is used
 * up, the clinic and admin added and audited in one transaction, and only while the
 * deployment still has no clinic.
 */
@Service
class FirstClinicSetup {

	private final SetupTokens tokens;

	private final ClinicSetup setup;

	private final PasswordEncoder encoder;

	private final TransactionTemplate transaction;

	private final Clock clock;

	FirstClinicSetup(SetupTokens tokens, ClinicSetup setup, PasswordEncoder encoder, TransactionTemplate transaction,
			Clock clock) {
		this.tokens = tokens;
		this.setup = setup;
		this.encoder = encoder;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Whether the link still works.
	 * @param token the link's token, as the link or form carried it
	 * @return true while the token is valid and the deployment has no clinic
	 */
	boolean usable(String token) {
		return !token.isBlank() && token.length() <= 100
				&& this.tokens.isValid(new OneTimeToken(token), this.clock.instant()) && this.setup.isEmpty();
	}

	/**
	 * Uses up the link and adds the clinic with its admin.
	 * @param token the link's token
	 * @param clinicName the clinic's name
	 * @param adminName the admin's name
	 * @param email the admin's sign-in address
	 * @param password the admin's password, already checked against the policy
	 * @return the clinic's sign-in code, or empty when the link no longer works (used,
	 * expired, or a clinic exists already); nothing is written then
	 */
	Optional<ClinicCode> create(String token, ClinicName clinicName, DisplayName adminName, EmailAddress email,
			String password) {
		// Hashing is slow on purpose; it is done before the transaction holds a
		// connection.
		String hash = this.encoder.encode(password);
		return Optional.ofNullable(this.transaction.execute((status) -> {
			if (!this.tokens.consume(new OneTimeToken(token), this.clock.instant()) || !this.setup.isEmpty()) {
				status.setRollbackOnly();
				return null;
			}
			Account admin = this.setup.addClinic(clinicName, adminName, email, hash);
			return this.setup.signInCode(admin.clinicId());
		}));
	}

}
