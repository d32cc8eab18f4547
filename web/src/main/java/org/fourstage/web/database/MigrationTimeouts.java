package org.fourstage.web.database;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.FluentConfiguration;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Lifts the pool's socket timeout for Flyway: requests give up on a silent database after
 * a few seconds, but a migration that rewrites a large table may rightly take minutes.
 * The pool restores the timeout when the connection comes back to it.
 */
@Component
class MigrationTimeouts implements FlywayConfigurationCustomizer {

	@Override
	public void customize(FluentConfiguration configuration) {
		DataSource pool = configuration.getDataSource();
		if (pool != null) {
			configuration.dataSource(new WithoutSocketTimeout(pool));
		}
	}

	private static final class WithoutSocketTimeout extends DelegatingDataSource {

		WithoutSocketTimeout(DataSource pool) {
			super(pool);
		}

		@Override
		public Connection getConnection() throws SQLException {
			Connection connection = super.getConnection();
			connection.setNetworkTimeout(Runnable::run, 0);
			return connection;
		}

	}

}
