package org.fourstage.persistence.account;

import org.fourstage.domain.account.AccountRepository;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The account adapters for tests of other packages and modules, which see only the domain
 * ports: the adapters themselves are package-private.
 */
public final class AccountAdapters {

	private AccountAdapters() {
	}

	public static AccountRepository accounts(JdbcClient jdbc) {
		return new JdbcAccountRepository(jdbc);
	}

}
