package org.fourstage.domain.account;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One-time links with which a person sets their password. Issuing a new link for an
 * account voids its earlier ones.
 */
public interface PasswordTokens {

	void issue(AccountId account, @Nullable AccountId issuedBy, OneTimeToken token, Instant expiresAt);

	/**
	 * The account a link is for, if it is unused and unexpired; the link stays valid.
	 * @param token the token from the link
	 * @param now the moment of the check
	 * @return the account
	 */
	Optional<AccountId> peek(OneTimeToken token, Instant now);

	/**
	 * Uses up a link, once: a second use, or a use after expiry, finds nothing.
	 * @param token the token from the link
	 * @param now the moment of use
	 * @return the account the link was for
	 */
	Optional<AccountId> consume(OneTimeToken token, Instant now);

}
