package org.fourstage.web.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.fourstage.domain.account.AccountRepository;
import org.fourstage.domain.account.ClientThrottle;
import org.fourstage.domain.account.Credentials;
import org.fourstage.domain.account.EmailAddress;
import org.fourstage.domain.account.SignInHistory;
import org.fourstage.domain.clinic.ClinicCode;
import org.fourstage.web.audit.AuditTrail;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Finds the account for a sign-in, in the clinic whose code was typed. An account without
 * a password yet is treated as unknown, so the answer is the same as for an address
 * nobody uses. Sign-in waits (the password is not even checked) while the account's wait
 * runs or the client address has sent too many wrong passwords, unless the browser is a
 * device the account has signed in from before.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final SignInHistory history;

	private final Clock clock;

	AccountUserDetailsService(AccountRepository accounts, SignInHistory history, Clock clock) {
		this.accounts = accounts;
		this.history = history;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Optional<ClinicCode> clinic = SignInClinic.ofCurrentRequest();
		if (!EmailAddress.isValid(username) || clinic.isEmpty()) {
			throw new UsernameNotFoundException("Not an email address or no clinic code");
		}
		Credentials credentials = this.accounts.credentials(clinic.get(), new EmailAddress(username))
			.filter((found) -> found.passwordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("No account with a password for this address"));
		Instant now = this.clock.instant();
		boolean knownDevice = KnownDeviceCookie.ofCurrentRequest()
			.map((device) -> this.history.isKnownDevice(credentials.account().id(), device))
			.orElse(false);
		boolean waits = !knownDevice && (credentials.account().isPausedAt(now) || clientRefused(now));
		return new SignedInUser(credentials.account(), credentials.passwordHash(), waits);
	}

	private boolean clientRefused(Instant now) {
		String address = AuditTrail.clientAddress();
		return address != null
				&& ClientThrottle.refuses(this.history.clientFailuresSince(address, now.minus(ClientThrottle.WINDOW)));
	}

}
