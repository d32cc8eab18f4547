package org.fourstage.domain.account;

/**
 * Another account of the same clinic already signs in with this address. Accounts of
 * other clinics never count: a clinic's staff must not learn about them.
 */
public class DuplicateEmailException extends RuntimeException {

	public DuplicateEmailException(EmailAddress email) {
		super("An account with the email address " + email + " exists already");
	}

}
