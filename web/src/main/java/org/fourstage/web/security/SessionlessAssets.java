package org.fourstage.web.security;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Styles, scripts and icons are served as if there were no session. Several layers ask
 * for the session of every request they see (the flash messages of the dispatcher, the
 * session lifetime rule), and with sessions in PostgreSQL each ask reads the database: an
 * asset would cost a query, and while the database is away a page's styles would fail
 * with it.
 */
class SessionlessAssets extends OncePerRequestFilter {

	private static final List<PathPattern> ASSETS = Arrays.stream(SecurityConfiguration.ASSETS)
		.map(PathPatternParser.defaultInstance::parse)
		.toList();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		return ASSETS.stream().noneMatch((pattern) -> pattern.matches(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new WithoutSession(request), response);
	}

	private static final class WithoutSession extends HttpServletRequestWrapper {

		WithoutSession(HttpServletRequest request) {
			super(request);
		}

		@Override
		public HttpSession getSession(boolean create) {
			return create ? super.getSession(true) : null;
		}

		@Override
		public boolean isRequestedSessionIdValid() {
			return false;
		}

	}

}
