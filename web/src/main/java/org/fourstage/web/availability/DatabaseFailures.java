package org.fourstage.web.availability;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure caused by an unreachable database (refused, timed out, restarting) from
 * any other error, however deeply the framework wrapped it.
 */
final class DatabaseFailures {

	private DatabaseFailures() {
	}

	/**
	 * Whether {@code failure} or one of its causes says the database could not be
	 * reached.
	 * @param failure what a request threw
	 * @return {@code true} for a connection failure, a pool timeout, or a server that is
	 * shutting down, crashed or starting up
	 */
	static boolean isDatabaseUnavailable(Throwable failure) {
		Deque<Throwable> pending = new ArrayDeque<>(List.of(failure));
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		while (!pending.isEmpty()) {
			Throwable cause = pending.pop();
			if (!seen.add(cause)) {
				continue;
			}
			if (cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException
					|| (cause instanceof SQLException sql && isUnavailableState(sql.getSQLState()))) {
				return true;
			}
			if (cause instanceof TransactionSystemException transaction) {
				// A rollback or commit fails at the JDBC level when the pool has already
				// thrown away the connection the transaction ran on; the failure that
				// made it do so may be hidden behind it.
				if (transaction.getCause() instanceof SQLException) {
					return true;
				}
				if (transaction.getApplicationException() != null) {
					pending.push(transaction.getApplicationException());
				}
			}
			if (cause.getCause() != null) {
				pending.push(cause.getCause());
			}
		}
		return false;
	}

	/**
	 * Class 08 is a connection exception; 57P01 to 57P03 are an administrator or crash
	 * shutdown and a server that cannot accept connections yet.
	 */
	private static boolean isUnavailableState(@Nullable String state) {
		return state != null
				&& (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
	}

}
