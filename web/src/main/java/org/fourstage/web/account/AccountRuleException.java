package org.fourstage.web.account;

/**
 * An account change the rules do not allow, such as an admin disabling their own account.
 * Carries the message key shown to the admin.
 */
class AccountRuleException extends RuntimeException {

	private final String messageKey;

	AccountRuleException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return this.messageKey;
	}

}
