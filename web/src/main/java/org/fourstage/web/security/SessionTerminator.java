package org.fourstage.web.security;

import org.fourstage.domain.identity.AccountId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every open session of an account, on every application instance, because the
 * sessions live in the database.
 * <p>
 * The session store exists only in the web application; the operator's commands run
 * without it, so it is looked up when a session is to end, not when this is made.
 */
@Component
public class SessionTerminator {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	SessionTerminator(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.sessions = sessions;
	}

	/**
	 * Signs the account out everywhere.
	 * @param account the account
	 * @return how many sessions ended
	 */
	public int endSessionsOf(AccountId account) {
		FindByIndexNameSessionRepository<? extends Session> store = this.sessions.getObject();
		var open = store.findByPrincipalName(account.value().toString());
		open.keySet().forEach(store::deleteById);
		return open.size();
	}

}
