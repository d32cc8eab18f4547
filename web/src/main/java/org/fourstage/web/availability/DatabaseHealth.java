package org.fourstage.web.availability;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code db} health component, part of readiness but not of liveness: an unreachable
 * database makes the instance unready until it is back, it does not make it dead. Waiting
 * for a connection is bounded by the pool's connection timeout (2 s) and the check itself
 * by {@link #CHECK_TIMEOUT}, so the probe answers DOWN within a few seconds instead of
 * hanging with the database.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator {

	static final Duration CHECK_TIMEOUT = Duration.ofSeconds(1);

	private final DataSource dataSource;

	DatabaseHealth(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public Health health() {
		try (Connection connection = this.dataSource.getConnection()) {
			return connection.isValid((int) CHECK_TIMEOUT.toSeconds()) ? Health.up().build() : Health.down().build();
		}
		catch (SQLException ex) {
			return Health.down(ex).build();
		}
	}

}
