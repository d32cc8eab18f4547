package org.fourstage.web.support;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A malformed id in an address is treated like an unknown one: 404, with the normal error
 * page and no detail.
 */
@ControllerAdvice
class RequestErrors {

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void unreadableValue(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
