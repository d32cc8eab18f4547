package org.fourstage.web.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.fourstage.persistence.database.EmbeddedPostgresServer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts the embedded PostgreSQL and a pool on it when no external database is
 * configured. The pool signs in as the application's role, migrations as the schema's
 * owner. The pool is closed before the server stops, because it depends on it.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(NoDatasourceUrlCondition.class)
@ConditionalOnMissingBean(DataSource.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseAutoConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
		return EmbeddedPostgresServer.start(properties.dataDir(), properties.embeddedDatabasePort());
	}

	/**
	 * The pool takes its timeouts from {@code spring.datasource.hikari.*}, as Boot's own
	 * pool does for an external database, so both fail fast the same way.
	 */
	@Bean(destroyMethod = "close")
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgresServer server) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl(EmbeddedPostgresServer.DATABASE));
		dataSource.setUsername(server.appUsername());
		dataSource.setPassword(server.appPassword());
		dataSource.setPoolName("fourstage-embedded");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

	@Bean(destroyMethod = "close")
	EmbeddedDatabaseWatcher embeddedDatabaseWatcher(EmbeddedPostgresServer server, ApplicationEventPublisher events) {
		return EmbeddedDatabaseWatcher.start(server, events);
	}

	/**
	 * Migrations run as the role that owns the schema; the pool's role may not change it.
	 */
	@Bean
	FlywayConnectionDetails flywayConnectionDetails(EmbeddedPostgresServer server) {
		return new FlywayConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return server.jdbcUrl(EmbeddedPostgresServer.DATABASE);
			}

			@Override
			public String getUsername() {
				return server.ownerUsername();
			}

			@Override
			public String getPassword() {
				return server.ownerPassword();
			}

		};
	}

}
