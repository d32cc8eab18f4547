package org.fourstage.web.testing;

import org.fourstage.persistence.testing.SwitchableDataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Replaces the application's database with one of the test run's PostgreSQL server.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	SwitchableDataSource dataSource() {
		return new SwitchableDataSource();
	}

}
