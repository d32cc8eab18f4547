package org.fourstage.persistence.account;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.fourstage.domain.account.Account;
import org.fourstage.domain.account.OneTimeToken;
import org.fourstage.domain.account.Role;
import org.fourstage.persistence.testing.PostgresTest;
import org.fourstage.persistence.testing.TestClinics;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresTest
class JdbcSignInHistoryIT {

	private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

	private final JdbcSignInHistory history;

	private final TestClinics clinics;

	JdbcSignInHistoryIT(JdbcClient jdbc) {
		this.history = new JdbcSignInHistory(jdbc);
		this.clinics = new TestClinics(jdbc);
	}

	@Test
	void knowsADeviceOnlyForTheAccountThatSignedInFromItUntilItSendsFiveWrongPasswords() {
		Account account = this.clinics.staff(this.clinics.clinic(), Role.PHYSIO, "Device Owner");
		Account other = this.clinics.staff(this.clinics.clinic(), Role.PHYSIO, "Someone Else");
		OneTimeToken device = OneTimeToken.random();

		assertThat(this.history.isKnownDevice(account.id(), device)).isFalse();
		this.history.rememberDevice(account.id(), device, T0);
		assertThat(this.history.isKnownDevice(account.id(), device)).isTrue();
		assertThat(this.history.isKnownDevice(other.id(), device)).isFalse();
		assertThat(this.history.isKnownDevice(account.id(), OneTimeToken.random())).isFalse();

		for (int i = 0; i < 4; i++) {
			this.history.deviceFailed(account.id(), device);
		}
		assertThat(this.history.isKnownDevice(account.id(), device)).isTrue();
		this.history.deviceFailed(account.id(), device);
		assertThat(this.history.isKnownDevice(account.id(), device)).isFalse();
	}

	@Test
	void countsFailuresPerAddressWithinTheWindow() {
		String address = "192.0.2." + UUID.randomUUID().toString().substring(0, 3);
		this.history.clientFailed(address, T0);
		this.history.clientFailed(address, T0.plus(Duration.ofMinutes(10)));

		assertThat(this.history.clientFailuresSince(address, T0.minusSeconds(1))).isEqualTo(2);
		assertThat(this.history.clientFailuresSince(address, T0)).isEqualTo(1);
		assertThat(this.history.clientFailuresSince("192.0.2.250", T0.minusSeconds(1))).isZero();
	}

}
