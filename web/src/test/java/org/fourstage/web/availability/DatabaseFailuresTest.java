package org.fourstage.web.availability;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseFailuresTest {

	@Test
	void recognisesAPoolTimeoutHoweverDeeplyWrapped() {
		SQLTransientConnectionException timeout = new SQLTransientConnectionException("request timed out after 2000ms");
		assertThat(DatabaseFailures.isDatabaseUnavailable(timeout)).isTrue();
		assertThat(DatabaseFailures.isDatabaseUnavailable(new ServletException("Request processing failed",
				new CannotCreateTransactionException("Could not open JDBC Connection", timeout))))
			.isTrue();
		assertThat(DatabaseFailures.isDatabaseUnavailable(new CannotGetJdbcConnectionException("no connection")))
			.isTrue();
	}

	@Test
	void recognisesABrokenConnectionAndAServerShuttingDownOrStarting() {
		assertThat(DatabaseFailures.isDatabaseUnavailable(new SQLException("I/O error", "08006"))).isTrue();
		assertThat(DatabaseFailures.isDatabaseUnavailable(new SQLException("administrator command", "57P01"))).isTrue();
		assertThat(
				DatabaseFailures.isDatabaseUnavailable(new SQLException("the database system is starting up", "57P03")))
			.isTrue();
	}

	@Test
	void takesARollbackOnAConnectionThePoolHasClosedForAnOutage() {
		assertThat(DatabaseFailures.isDatabaseUnavailable(
				new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"))))
			.isTrue();
		TransactionSystemException rollback = new TransactionSystemException("rollback failed");
		rollback.initApplicationException(new SQLException("An I/O error occurred", "08006"));
		assertThat(DatabaseFailures.isDatabaseUnavailable(rollback)).isTrue();
	}

	@Test
	void leavesOtherFailuresToTheNormalErrorPage() {
		assertThat(DatabaseFailures.isDatabaseUnavailable(new IllegalStateException("bug"))).isFalse();
		assertThat(DatabaseFailures.isDatabaseUnavailable(
				new DataIntegrityViolationException("duplicate key", new SQLException("duplicate key", "23505"))))
			.isFalse();
		assertThat(DatabaseFailures.isDatabaseUnavailable(new TransactionSystemException("JDBC commit failed")))
			.isFalse();
	}

}
