package org.fourstage.domain.account;

import java.time.Instant;

/**
 * The one-time links that open the first-run setup page while a deployment has no clinic.
 */
public interface SetupTokens {

	void issue(OneTimeToken token, Instant expiresAt);

	/**
	 * Whether a link is unused and unexpired; it stays valid.
	 * @param token the token from the link
	 * @param now the moment of the check
	 * @return true when the link may be used
	 */
	boolean isValid(OneTimeToken token, Instant now);

	/**
	 * Uses up a link, once.
	 * @param token the token from the link
	 * @param now the moment of use
	 * @return true when this call used it; false when it was used, expired or unknown
	 */
	boolean consume(OneTimeToken token, Instant now);

}
