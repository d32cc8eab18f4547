package org.fourstage.persistence.account;

import java.time.Duration;
import java.time.Instant;

import org.fourstage.domain.account.Account;
import org.fourstage.domain.account.OneTimeToken;
import org.fourstage.domain.account.PasswordTokens;
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
		this.tokens.issue(this.account.id(), null, token, NOW.plus(Duration.ofHours(24)), false, false);

		assertThat(this.tokens.peek(token, NOW)).contains(this.account.id());
		assertThat(this.tokens.consume(token, NOW)).contains(this.account.id());
		assertThat(this.tokens.consume(token, NOW)).isEmpty();
		assertThat(this.tokens.peek(token, NOW)).isEmpty();
	}

	@Test
	void aLinkExpires() {
		OneTimeToken token = OneTimeToken.random();
		this.tokens.issue(this.account.id(), null, token, NOW.plus(Duration.ofHours(24)), false, false);

		assertThat(this.tokens.peek(token, NOW.plus(Duration.ofHours(24)))).isEmpty();
		assertThat(this.tokens.consume(token, NOW.plus(Duration.ofHours(24)).plusSeconds(1))).isEmpty();
		assertThat(this.tokens.consume(token, NOW.plus(Duration.ofHours(23)))).contains(this.account.id());
	}

	@Test
	void aNewLinkVoidsTheEarlierOne() {
		OneTimeToken first = OneTimeToken.random();
		OneTimeToken second = OneTimeToken.random();
		this.tokens.issue(this.account.id(), null, first, NOW.plus(Duration.ofHours(24)), false, false);
		this.tokens.issue(this.account.id(), null, second, NOW.plus(Duration.ofHours(24)), false, false);

		assertThat(this.tokens.consume(first, NOW)).isEmpty();
		assertThat(this.tokens.consume(second, NOW)).contains(this.account.id());
	}

	@Test
	void storesOnlyTheHashOfTheToken() {
		OneTimeToken token = OneTimeToken.random();
		this.tokens.issue(this.account.id(), null, token, NOW.plus(Duration.ofHours(1)), false, false);

		assertThat(this.jdbc.sql("SELECT count(*) FROM password_tokens WHERE token_hash = :t")
			.param("t", token.value())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aResetAwaitingConfirmationWorksOnlyOnceAnotherAdminConfirmedIt() {
		TestClinics clinics = new TestClinics(this.jdbc);
		Account issuer = clinics.staff(clinics.clinic(), Role.ADMIN, "Issuing Admin");
		Account second = clinics.staff(clinics.clinic(), Role.ADMIN, "Second Admin");
		OneTimeToken token = OneTimeToken.random();
		Instant now = Instant.now();
		this.tokens.issue(this.account.id(), issuer.id(), token, now.plus(Duration.ofHours(24)), true, true);

		assertThat(this.tokens.peek(token, now)).isEmpty();
		assertThat(this.tokens.awaitingConfirmation(this.account.clinicId(), now))
			.extracting(PasswordTokens.AwaitingLink::issuedByName)
			.containsExactly("Issuing Admin");
		assertThat(this.tokens.confirm(this.account.id(), issuer.id(), now)).isFalse();
		assertThat(this.tokens.confirm(this.account.id(), second.id(), now)).isTrue();

		assertThat(this.tokens.awaitingConfirmation(this.account.clinicId(), now)).isEmpty();
		assertThat(this.tokens.consume(token, now)).contains(this.account.id());
	}

	@Test
	void tellsAboutAResetBySomebodyElseOnEachDeviceUntilReadThere() {
		TestClinics clinics = new TestClinics(this.jdbc);
		Account issuer = clinics.staff(clinics.clinic(), Role.ADMIN, "Resetting Admin");
		OneTimeToken token = OneTimeToken.random();
		Instant since = Instant.now().minus(Duration.ofDays(1));
		OneTimeToken phone = OneTimeToken.random();
		OneTimeToken laptop = OneTimeToken.random();
		this.tokens.issue(this.account.id(), issuer.id(), token, Instant.now().plus(Duration.ofHours(24)), true, false);
		this.tokens.consume(token, Instant.now());

		assertThat(this.tokens.unreadNotices(this.account.id(), phone, since)).singleElement().satisfies((notice) -> {
			assertThat(notice.issuedByName()).isEqualTo("Resetting Admin");
			assertThat(notice.issuedByRole()).isEqualTo(Role.ADMIN);
			assertThat(notice.usedAt()).isNotNull();
		});
		this.tokens.markNoticesRead(this.account.id(), phone, since, Instant.now());

		assertThat(this.tokens.unreadNotices(this.account.id(), phone, since)).isEmpty();
		assertThat(this.tokens.unreadNotices(this.account.id(), laptop, since)).hasSize(1);
	}

	@Test
	void saysNothingAboutTheFirstLinkOfANewAccount() {
		TestClinics clinics = new TestClinics(this.jdbc);
		Account issuer = clinics.staff(clinics.clinic(), Role.ADMIN, "Creating Admin");
		this.tokens.issue(this.account.id(), issuer.id(), OneTimeToken.random(),
				Instant.now().plus(Duration.ofHours(24)), false, false);

		assertThat(this.tokens.unreadNotices(this.account.id(), OneTimeToken.random(),
				Instant.now().minus(Duration.ofDays(1))))
			.isEmpty();
	}

}
