package org.fourstage.domain.account;

/**
 * Why a chosen password is refused.
 */
public enum PasswordProblem {

	/** Fewer than {@link PasswordPolicy#MIN_LENGTH} characters. */
	TOO_SHORT,

	/** More than {@link PasswordPolicy#MAX_LENGTH} characters. */
	TOO_LONG,

	/** Found in the list of the most common passwords. */
	TOO_COMMON,

	/** The account's own email address, or its part before the @. */
	SAME_AS_EMAIL

}
