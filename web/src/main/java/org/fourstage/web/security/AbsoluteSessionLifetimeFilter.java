package org.fourstage.web.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session once it has lasted its absolute lifetime, however active it was, so a
 * session left open on a shared clinic computer cannot live for days. The request then
 * goes on as an anonymous one and is sent to sign in if it needs to be.
 */
class AbsoluteSessionLifetimeFilter extends OncePerRequestFilter {

	static final String STARTED_AT = AbsoluteSessionLifetimeFilter.class.getName() + ".STARTED_AT";

	private final Duration lifetime;

	private final Clock clock;

	AbsoluteSessionLifetimeFilter(Duration lifetime, Clock clock) {
		this.lifetime = lifetime;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			long now = this.clock.millis();
			// Stamped with the application's clock on first sight, so one clock governs
			// the rule.
			Object started = session.getAttribute(STARTED_AT);
			if (!(started instanceof Long startedAt)) {
				session.setAttribute(STARTED_AT, now);
			}
			else if (now - startedAt > this.lifetime.toMillis()) {
				session.invalidate();
				SecurityContextHolder.clearContext();
			}
		}
		chain.doFilter(new StampingNewSessions(request, this.clock), response);
	}

	/**
	 * Stamps a session in the request that creates it. Stamped only on first sight, a
	 * session made late in a request (as a sign-in makes one) reached the browser
	 * unstamped, and the page's styles and scripts, fetched in parallel, then all tried
	 * to stamp it at once: all but one failed with a duplicate key and the page showed up
	 * without its styles.
	 */
	private static final class StampingNewSessions extends HttpServletRequestWrapper {

		private final Clock clock;

		StampingNewSessions(HttpServletRequest request, Clock clock) {
			super(request);
			this.clock = clock;
		}

		@Override
		public HttpSession getSession() {
			return getSession(true);
		}

		@Override
		public HttpSession getSession(boolean create) {
			HttpSession session = super.getSession(create);
			if (session != null && session.isNew() && session.getAttribute(STARTED_AT) == null) {
				session.setAttribute(STARTED_AT, this.clock.millis());
			}
			return session;
		}

	}

}
