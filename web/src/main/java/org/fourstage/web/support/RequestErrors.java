package org.fourstage.web.support;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fourstage.web.audit.RefusalAudit;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A record that does not exist or belongs to another clinic answers 404, with the normal
 * error page and no detail; a malformed id in an address is treated like an unknown one.
 * Either is audited, with the id asked for.
 */
@ControllerAdvice
class RequestErrors {

	private final RefusalAudit audit;

	RequestErrors(RefusalAudit audit) {
		this.audit = audit;
	}

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.audit.notFound(request);
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
