package org.fourstage.domain.account;

import org.fourstage.domain.identity.AccountId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fourstage.domain.clinic.ClinicId;
import org.jspecify.annotations.Nullable;

/**
 * One-time links with which a person sets their password. Issuing a new link for an
 * account voids its earlier ones. A link issued by somebody else for an account that has
 * a password already (a reset) is overseen: it may wait for a second admin's
 * confirmation, and its owner is told about it at their next sign-in.
 */
public interface PasswordTokens {

	/**
	 * Issues a link.
	 * @param account whose password it sets
	 * @param issuedBy who asked for it, none for the operator
	 * @param token its secret
	 * @param expiresAt when it stops working
	 * @param reset whether the account had a password already
	 * @param awaitingConfirmation whether it works only once a second admin confirms it
	 */
	void issue(AccountId account, @Nullable AccountId issuedBy, OneTimeToken token, Instant expiresAt, boolean reset,
			boolean awaitingConfirmation);

	/**
	 * The account a link is for, if it is unused, unexpired and (where needed) confirmed;
	 * the link stays valid.
	 * @param token the token from the link
	 * @param now the moment of the check
	 * @return the account
	 */
	Optional<AccountId> peek(OneTimeToken token, Instant now);

	/**
	 * Uses up a link, once: a second use, a use after expiry or before a needed
	 * confirmation finds nothing.
	 * @param token the token from the link
	 * @param now the moment of use
	 * @return the account the link was for
	 */
	Optional<AccountId> consume(OneTimeToken token, Instant now);

	/**
	 * Whether a link is unused and unexpired but still waits for a second admin.
	 * @param token the token from the link
	 * @param now the moment of the check
	 * @return true while it waits
	 */
	boolean awaitsConfirmation(OneTimeToken token, Instant now);

	/**
	 * The clinic's unused, unexpired links that wait for a second admin.
	 * @param clinic the clinic
	 * @param now the moment of the check
	 * @return the links, oldest first
	 */
	List<AwaitingLink> awaitingConfirmation(ClinicId clinic, Instant now);

	/**
	 * Confirms the account's waiting link, when somebody other than its issuer asks.
	 * @param account the account
	 * @param confirmedBy the confirming admin
	 * @param now the moment of confirmation
	 * @return whether a link was confirmed
	 */
	boolean confirm(AccountId account, AccountId confirmedBy, Instant now);

	/**
	 * Resets of the account issued by somebody else since a moment, which have not been
	 * read on this device.
	 * @param account the account
	 * @param device the device's secret
	 * @param since the oldest issue to tell about
	 * @return the notices, oldest first
	 */
	List<LinkNotice> unreadNotices(AccountId account, OneTimeToken device, Instant since);

	/**
	 * Marks the notices as read on this device.
	 * @param account the account
	 * @param device the device's secret
	 * @param since the oldest issue to tell about
	 * @param now the moment of reading
	 */
	void markNoticesRead(AccountId account, OneTimeToken device, Instant since, Instant now);

	/**
	 * A link waiting for a second admin.
	 *
	 * @param account whose password it sets
	 * @param accountName that account's name
	 * @param issuedBy who issued it
	 * @param issuedByName their name
	 * @param issuedAt when
	 */
	record AwaitingLink(AccountId account, String accountName, AccountId issuedBy, String issuedByName,
			Instant issuedAt) {

	}

	/**
	 * What the owner of an account is told about a reset somebody else issued.
	 *
	 * @param issuedByName who issued it
	 * @param issuedByRole their role
	 * @param issuedAt when
	 * @param confirmedByName the second admin who confirmed it, if any
	 * @param usedAt when it was used to set the password, if it was
	 */
	record LinkNotice(String issuedByName, Role issuedByRole, Instant issuedAt, @Nullable String confirmedByName,
			@Nullable Instant usedAt) {

	}

}
