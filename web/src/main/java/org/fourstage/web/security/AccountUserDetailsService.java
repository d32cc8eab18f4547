package org.fourstage.web.security;

import java.time.Clock;

import org.fourstage.domain.account.AccountRepository;
import org.fourstage.domain.account.Credentials;
import org.fourstage.domain.account.EmailAddress;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Finds the account for a sign-in. An account without a password yet is treated as
 * unknown, so the answer is the same as for an address nobody uses.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final Clock clock;

	AccountUserDetailsService(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		if (!EmailAddress.isValid(username)) {
			throw new UsernameNotFoundException("Not an email address");
		}
		Credentials credentials = this.accounts.credentials(new EmailAddress(username))
			.filter((found) -> found.passwordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("No account with a password for this address"));
		return new SignedInUser(credentials.account(), credentials.passwordHash(), this.clock.instant());
	}

}
