package org.fourstage.web.availability;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Inside Spring MVC, a controller that could not reach the database answers with the same
 * {@link UnavailablePage} as the filter in front of everything.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableAdvice {

	private final UnavailablePage page;

	DatabaseUnavailableAdvice(UnavailablePage page) {
		this.page = page;
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
			CannotCreateTransactionException.class, TransactionSystemException.class })
	void databaseUnavailable(Exception failure, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		if (!DatabaseFailures.isDatabaseUnavailable(failure)) {
			throw failure;
		}
		this.page.send(request, response);
	}

}
