package org.fourstage.web.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.account.OneTimeToken;
import org.fourstage.domain.account.PasswordTokens;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Issues one-time set-password links, valid for 24 hours. There is no mail server: the
 * admin hands the link over in person or by a channel the clinic trusts.
 */
@Component
public class PasswordLinks {

	static final Duration VALIDITY = Duration.ofHours(24);

	private final PasswordTokens tokens;

	private final Clock clock;

	private final String publicUrl;

	PasswordLinks(PasswordTokens tokens, Clock clock, @Value("${fourstage.public-url}") String publicUrl) {
		this.tokens = tokens;
		this.clock = clock;
		this.publicUrl = publicUrl;
	}

	/**
	 * Issues the first link of a new account and voids the account's earlier ones.
	 * @param account the account whose password is to be set
	 * @param issuedBy the admin who asked for it, none for the operator
	 * @return the link and when it expires
	 */
	public PasswordLink issue(AccountId account, @Nullable AccountId issuedBy) {
		return issue(account, issuedBy, false, false);
	}

	/**
	 * Issues a link and voids the account's earlier ones.
	 * @param account the account whose password is to be set
	 * @param issuedBy the admin who asked for it, none for the operator
	 * @param reset whether the account has a password already
	 * @param awaitingConfirmation whether the link works only once a second admin
	 * confirms it
	 * @return the link and when it expires
	 */
	PasswordLink issue(AccountId account, @Nullable AccountId issuedBy, boolean reset, boolean awaitingConfirmation) {
		OneTimeToken token = OneTimeToken.random();
		Instant expires = this.clock.instant().plus(VALIDITY);
		this.tokens.issue(account, issuedBy, token, expires, reset, awaitingConfirmation);
		return new PasswordLink(baseUrl() + "/password/set?token=" + token.value(), expires, awaitingConfirmation);
	}

	private String baseUrl() {
		if (RequestContextHolder.getRequestAttributes() != null) {
			return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		}
		return this.publicUrl.replaceAll("/+$", "");
	}

	/**
	 * A set-password link.
	 *
	 * @param url the full link
	 * @param expiresAt when it stops working
	 * @param awaitingConfirmation whether it works only once a second admin confirms it
	 */
	public record PasswordLink(String url, Instant expiresAt,
			boolean awaitingConfirmation) implements java.io.Serializable {

	}

}
