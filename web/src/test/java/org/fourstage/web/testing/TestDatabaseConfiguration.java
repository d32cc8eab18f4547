package org.fourstage.web.testing;

import org.fourstage.persistence.testing.SwitchableDataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Replaces the application's database with one of the test run's PostgreSQL server, and
 * its clock with one that tests can move.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	SwitchableDataSource dataSource() {
		return new SwitchableDataSource();
	}

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock();
	}

	@Bean
	TestAccounts testAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
		return new TestAccounts(jdbc, encoder);
	}

}
