package org.fourstage.persistence.testing;

import java.sql.Connection;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * The data source of a cached Spring test context, able to move to a fresh database
 * between test classes without restarting the context.
 * <p>
 * The context starts on an empty database of its own, which its start-up migrates and
 * seeds. That state becomes the context's template: {@link #useFreshCopy()} drops the
 * database of the previous test class and connects to a new copy of the template.
 */
public class SwitchableDataSource extends AbstractDataSource implements AutoCloseable {

	private final TestPostgres postgres = TestPostgres.get();

	private final String template;

	private volatile String current;

	private volatile HikariDataSource pool;

	public SwitchableDataSource() {
		this.template = this.postgres.createEmptyDatabase();
		this.current = this.template;
		this.pool = this.postgres.dataSource(this.template);
	}

	/**
	 * Connects to a new copy of the state the context had right after start-up.
	 */
	public synchronized void useFreshCopy() {
		this.pool.close();
		if (!this.current.equals(this.template)) {
			this.postgres.dropDatabase(this.current);
		}
		this.current = this.postgres.copyDatabase(this.template);
		this.pool = this.postgres.dataSource(this.current);
	}

	/**
	 * The name of the database in use, for tests that connect from outside the context.
	 * @return the database name
	 */
	public String currentDatabase() {
		return this.current;
	}

	public String jdbcUrl() {
		return this.postgres.jdbcUrl(this.current);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return this.pool.getConnection();
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return this.pool.getConnection(username, password);
	}

	@Override
	public synchronized void close() {
		this.pool.close();
		this.postgres.dropDatabase(this.current);
		if (!this.current.equals(this.template)) {
			this.postgres.dropDatabase(this.template);
		}
	}

}
