package org.fourstage.domain.account;

/**
 * Another account, in this or another clinic, already signs in with this address.
 */
public class DuplicateEmailException extends RuntimeException {

	public DuplicateEmailException(EmailAddress email) {
		super("An account with the email address " + email + " exists already");
	}

}
