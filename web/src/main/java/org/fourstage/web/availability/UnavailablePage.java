package org.fourstage.web.availability;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fourstage.web.security.SecurityHeaders;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The page shown while the database is unavailable: status 503 with a hint when to try
 * again, the security headers of every page, and text that needs neither the database nor
 * the session (the session store is in the database too).
 */
@Component
class UnavailablePage {

	static final String TEMPLATE = "unavailable";

	/** The database watcher restarts an embedded server within a few seconds. */
	static final Duration RETRY_AFTER = Duration.ofSeconds(10);

	private final ITemplateEngine templates;

	UnavailablePage(ITemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * Replaces whatever the response held so far with the page.
	 * @param request the request that failed
	 * @param response its response, not yet committed
	 * @throws IOException when the page cannot be written
	 */
	void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.reset();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()));
		SecurityHeaders.writeTo(response);
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding("UTF-8");
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response), request.getLocale());
		this.templates.process(TEMPLATE, context, response.getWriter());
	}

}
