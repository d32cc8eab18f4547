package org.fourstage.web.testing;

import org.fourstage.domain.account.AccountRepository;
import org.fourstage.domain.assessment.AssessmentRepository;
import org.fourstage.domain.clinic.ClinicRepository;
import org.fourstage.persistence.testing.SwitchableDataSource;
import org.fourstage.persistence.testing.TestPostgres;

import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
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

	/**
	 * As in production, the start-up migrations run as the schema's owner and the
	 * application's pool as a role that owns nothing.
	 */
	@Bean
	FlywayConnectionDetails flywayConnectionDetails(SwitchableDataSource dataSource) {
		String url = dataSource.jdbcUrl();
		return new FlywayConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return url;
			}

			@Override
			public String getUsername() {
				return TestPostgres.OWNER;
			}

			@Override
			public String getPassword() {
				return TestPostgres.get().ownerPassword();
			}

		};
	}

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock();
	}

	@Bean
	TestAccounts testAccounts(JdbcClient jdbc, ClinicRepository clinics, AccountRepository accounts,
			AssessmentRepository assessments, PasswordEncoder encoder) {
		return new TestAccounts(jdbc, clinics, accounts, assessments, encoder);
	}

}
