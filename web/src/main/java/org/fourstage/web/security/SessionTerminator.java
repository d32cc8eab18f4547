package org.fourstage.web.security;

import org.fourstage.domain.account.AccountId;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every open session of an account, on every application instance, because the
 * sessions live in the database.
 */
@Component
public class SessionTerminator {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/**
	 * Signs the account out everywhere.
	 * @param account the account
	 * @return how many sessions ended
	 */
	public int endSessionsOf(AccountId account) {
		var open = this.sessions.findByPrincipalName(account.value().toString());
		open.keySet().forEach(this.sessions::deleteById);
		return open.size();
	}

}
