package org.fourstage.web.availability;

import java.io.Closeable;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's pool, with one rule for requests: once the database failed to answer
 * within a request, every further connection that request asks for fails at once. A
 * request whose query timed out would otherwise wait for the database a second time when
 * the session is saved at its end, and the "temporarily unavailable" page would come
 * late.
 * <p>
 * The rule applies only between {@link #beginRequest()} and {@link #endRequest()} on the
 * request's thread; start-up, migrations and the database watcher are not affected.
 */
final class FailFastDataSource extends DelegatingDataSource implements Closeable {

	/** Unset outside requests, {@code false} in a request that has not failed yet. */
	private static final ThreadLocal<Boolean> failedInRequest = new ThreadLocal<>();

	FailFastDataSource(DataSource pool) {
		super(pool);
	}

	/**
	 * Starts watching the current thread's request, unless an outer dispatch of the same
	 * request already does.
	 * @return whether this call started it, and so must end it
	 */
	static boolean beginRequest() {
		if (failedInRequest.get() != null) {
			return false;
		}
		failedInRequest.set(Boolean.FALSE);
		return true;
	}

	static void endRequest() {
		failedInRequest.remove();
	}

	private static void databaseFailed() {
		if (failedInRequest.get() != null) {
			failedInRequest.set(Boolean.TRUE);
		}
	}

	@Override
	public Connection getConnection() throws SQLException {
		if (Boolean.TRUE.equals(failedInRequest.get())) {
			throw new SQLTransientConnectionException("The database did not answer earlier in this request", "08001");
		}
		try {
			return watched(super.getConnection());
		}
		catch (SQLException ex) {
			if (DatabaseFailures.isDatabaseUnavailable(ex)) {
				databaseFailed();
			}
			throw ex;
		}
	}

	/**
	 * The connection, noting any failure that shows the database is unavailable. The pool
	 * closes a connection as soon as a statement on it fails that way, so a connection
	 * already closed when it is given back counts too.
	 */
	private static Connection watched(Connection connection) {
		return (Connection) Proxy.newProxyInstance(FailFastDataSource.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, arguments) -> {
					if (method.getName().equals("close") && connection.isClosed()) {
						databaseFailed();
					}
					try {
						return method.invoke(connection, arguments);
					}
					catch (InvocationTargetException ex) {
						if (DatabaseFailures.isDatabaseUnavailable(ex.getCause())) {
							databaseFailed();
						}
						throw ex.getCause();
					}
				});
	}

	@Override
	public void close() throws IOException {
		if (getTargetDataSource() instanceof Closeable pool) {
			pool.close();
		}
	}

}
