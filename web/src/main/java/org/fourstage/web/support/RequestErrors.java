package org.fourstage.web.support;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fourstage.web.audit.RefusalAudit;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Requests that cannot be served get the normal error page with a plain message and never
 * a 500. A record that does not exist or belongs to another clinic answers 404 with no
 * detail, and a malformed id in an address is treated like an unknown one; either is
 * audited with the id asked for. A parameter holding characters no field may hold, a
 * field index beyond any form's rows and a broken upload are 400; an upload over the size
 * limit is 413.
 */
@ControllerAdvice
class RequestErrors {

	/** The message key the error page shows for a refused request, when there is one. */
	static final String PROBLEM = "requestProblem";

	private final RefusalAudit audit;

	RequestErrors(RefusalAudit audit) {
		this.audit = audit;
	}

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.audit.notFound(request);
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void unreadableValue(MethodArgumentTypeMismatchException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (NestedExceptionUtils.getRootCause(ex) instanceof TypedTextBinding.UnstorableTextException) {
			refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "error.unstorableText");
			return;
		}
		notFound(request, response);
	}

	@ExceptionHandler(InvalidPropertyException.class)
	void unknownField(HttpServletRequest request, HttpServletResponse response) throws IOException {
		refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "error.unknownField");
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	void uploadTooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "error.uploadTooLarge");
	}

	@ExceptionHandler(MultipartException.class)
	void brokenUpload(HttpServletRequest request, HttpServletResponse response) throws IOException {
		refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "error.brokenUpload");
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String key)
			throws IOException {
		request.setAttribute(PROBLEM, key);
		response.sendError(status);
	}

}
