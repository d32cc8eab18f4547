package org.fourstage.web.security;

import org.fourstage.web.testing.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two requests of one person run at once (a page and its parallel fetches, two tabs, two
 * quick form posts), each with its own copy of the session. When both add the same new
 * attribute, such as a message to show after a redirect, the second save must not fail.
 */
@WebTest
class ConcurrentSessionWritesIT {

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Test
	void twoRequestsAddingTheSameAttributeAtOnceBothSaveAndTheLaterWins() {
		assertThat(addAtOnce(this.sessions)).isEqualTo("second");
	}

	private static <S extends Session> String addAtOnce(SessionRepository<S> sessions) {
		S session = sessions.createSession();
		sessions.save(session);
		S first = sessions.findById(session.getId());
		S second = sessions.findById(session.getId());

		first.setAttribute("message", "first");
		second.setAttribute("message", "second");
		sessions.save(first);
		sessions.save(second);

		return sessions.findById(session.getId()).getAttribute("message");
	}

}
