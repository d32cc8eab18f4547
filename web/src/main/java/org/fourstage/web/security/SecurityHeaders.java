package org.fourstage.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every page, for responses written before Spring Security's
 * filters run (the page shown while the database is unavailable).
 */
public final class SecurityHeaders {

	private SecurityHeaders() {
	}

	/**
	 * Writes the headers the security filter chain writes on every page.
	 * @param request the request answered
	 * @param response its response, not yet committed
	 */
	public static void write(HttpServletRequest request, HttpServletResponse response) {
		SecurityConfiguration.pageHeaders().writeHeaders(request, response);
	}

}
