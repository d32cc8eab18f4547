package org.fourstage.persistence.account;

import java.time.Duration;
import java.time.Instant;

import org.fourstage.domain.account.Account;
import org.fourstage.domain.account.OneTimeToken;
import org.fourstage.domain.account.Role;
import org.fourstage.persistence.testing.PostgresTest;
import org.fourstage.persistence.testing.TestClinics;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresTest
class JdbcPasswordTokensIT {

	private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

	private final JdbcPasswordTokens tokens;

	private final Account account;

	private final JdbcClient jdbc;

	JdbcPasswordTokensIT(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.tokens = new JdbcPasswordTokens(jdbc);
		TestClinics clinics = new TestClinics(jdbc);
		this.account = clinics.staff(clinics.clinic(), Role.PHYSIO, "Link Holder");
	}

	@Test
	void aLinkWorksOnce() {
		OneTimeToken token = OneTimeToken.random();
		this.tokens.issue(this.account.id(), null, token, NOW.plus(Duration.ofHours(24)));

		assertThat(this.tokens.peek(token, NOW)).contains(this.account.id());
		assertThat(this.tokens.consume(token, NOW)).contains(this.account.id());
		assertThat(this.tokens.consume(token, NOW)).isEmpty();
		assertThat(this.tokens.peek(token, NOW)).isEmpty();
	}

	@Test
	void aLinkExpires() {
		OneTimeToken token = OneTimeToken.random();
		this.tokens.issue(this.account.id(), null, token, NOW.plus(Duration.ofHours(24)));

		assertThat(this.tokens.peek(token, NOW.plus(Duration.ofHours(24)))).isEmpty();
		assertThat(this.tokens.consume(token, NOW.plus(Duration.ofHours(24)).plusSeconds(1))).isEmpty();
		assertThat(this.tokens.consume(token, NOW.plus(Duration.ofHours(23)))).contains(this.account.id());
	}

	@Test
	void aNewLinkVoidsTheEarlierOne() {
		OneTimeToken first = OneTimeToken.random();
		OneTimeToken second = OneTimeToken.random();
		this.tokens.issue(this.account.id(), null, first, NOW.plus(Duration.ofHours(24)));
		this.tokens.issue(this.account.id(), null, second, NOW.plus(Duration.ofHours(24)));

		assertThat(this.tokens.consume(first, NOW)).isEmpty();
		assertThat(this.tokens.consume(second, NOW)).contains(this.account.id());
	}

	@Test
	void storesOnlyTheHashOfTheToken() {
		OneTimeToken token = OneTimeToken.random();
		this.tokens.issue(this.account.id(), null, token, NOW.plus(Duration.ofHours(1)));

		assertThat(this.jdbc.sql("SELECT count(*) FROM password_tokens WHERE token_hash = :t")
			.param("t", token.value())
			.query(Integer.class)
			.single()).isZero();
	}

}
