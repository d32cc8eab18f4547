package org.fourstage.web.availability;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers with the {@link UnavailablePage} when a request failed because the database
 * could not be reached, wherever that happened: in the session filter, which loads the
 * session from the database before Spring Security runs, in security, or in a controller.
 * It runs before the session filter, so it never creates a session itself.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	static final int RESPONSE_BUFFER_BYTES = 64 * 1024;

	private final UnavailablePage page;

	DatabaseUnavailableFilter(UnavailablePage page) {
		this.page = page;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean outermost = FailFastDataSource.beginRequest();
		if (outermost && !response.isCommitted()) {
			// The session is saved when a page fills the buffer; a page that fits can
			// still be replaced by this one when that save fails.
			response.setBufferSize(RESPONSE_BUFFER_BYTES);
		}
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!DatabaseFailures.isDatabaseUnavailable(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unavailable while answering {} {}: {}", request.getMethod(), request.getRequestURI(),
					ex.toString());
			this.page.send(request, response);
		}
		finally {
			if (outermost) {
				FailFastDataSource.endRequest();
			}
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

}
