package org.fourstage.web.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
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
		if (session != null && this.clock.millis() - session.getCreationTime() > this.lifetime.toMillis()) {
			session.invalidate();
			SecurityContextHolder.clearContext();
		}
		chain.doFilter(request, response);
	}

}
