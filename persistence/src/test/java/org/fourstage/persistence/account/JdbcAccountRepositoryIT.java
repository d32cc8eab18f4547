package org.fourstage.persistence.account;

import java.time.Instant;
import java.util.UUID;

import org.fourstage.domain.account.Account;
import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.account.DisplayName;
import org.fourstage.domain.account.DuplicateEmailException;
import org.fourstage.domain.account.EmailAddress;
import org.fourstage.domain.account.NewAccount;
import org.fourstage.domain.account.Role;
import org.fourstage.domain.account.SignInThrottle;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.persistence.testing.PostgresTest;
import org.fourstage.persistence.testing.TestClinics;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@PostgresTest
class JdbcAccountRepositoryIT {

	private final JdbcAccountRepository accounts;

	private final TestClinics clinics;

	private final JdbcClient jdbc;

	JdbcAccountRepositoryIT(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.accounts = new JdbcAccountRepository(jdbc);
		this.clinics = new TestClinics(jdbc);
	}

	@Test
	void opensAnAccountWithoutAPassword() {
		Clinic clinic = this.clinics.clinic();
		Account account = this.accounts.add(new NewAccount(clinic.id(), new EmailAddress("Mia.Physio@Test.example"),
				new DisplayName("Mia Physio"), Role.PHYSIO, null));

		assertThat(account.email().value()).isEqualTo("mia.physio@test.example");
		assertThat(account.passwordSet()).isFalse();
		assertThat(account.enabled()).isTrue();
		assertThat(this.accounts.find(clinic.id(), account.id())).contains(account);
	}

	@Test
	void refusesAnEmailTakenInTheSameClinicWhateverTheCase() {
		Clinic clinic = this.clinics.clinic();
		Account taken = this.clinics.staff(clinic, Role.PHYSIO, "Taken");

		assertThatExceptionOfType(DuplicateEmailException.class).isThrownBy(() -> this.accounts
			.add(new NewAccount(clinic.id(), new EmailAddress(taken.email().value().toUpperCase()),
					new DisplayName("Other"), Role.ADMIN, null)));
	}

	@Test
	void opensASeparateAccountForAnAddressUsedInAnotherClinicAndSignsEachInToItsOwn() {
		Clinic north = this.clinics.clinic();
		Clinic south = this.clinics.clinic();
		Account inNorth = this.clinics.staff(north, Role.PHYSIO, "Twice Used");

		Account inSouth = this.accounts
			.add(new NewAccount(south.id(), inNorth.email(), new DisplayName("Twice Used"), Role.ADMIN, null));

		assertThat(inSouth.id()).isNotEqualTo(inNorth.id());
		assertThat(this.accounts.credentials(north.signInCode(), inNorth.email()).orElseThrow().account().id())
			.isEqualTo(inNorth.id());
		assertThat(this.accounts.credentials(south.signInCode(), inNorth.email()).orElseThrow().account().id())
			.isEqualTo(inSouth.id());
	}

	@Test
	void findsNothingOfAnotherClinic() {
		Account account = this.clinics.staff(this.clinics.clinic(), Role.PHYSIO, "Scoped");

		assertThat(this.accounts.find(this.clinics.clinic().id(), account.id())).isEmpty();
		assertThat(this.accounts.find(account.clinicId(), new AccountId(UUID.randomUUID()))).isEmpty();
	}

	@Test
	void searchesByNameOrEmailWithinTheClinicAndPages() {
		Clinic clinic = this.clinics.clinic();
		for (int i = 0; i < 7; i++) {
			this.clinics.staff(clinic, Role.PHYSIO, "Searchable " + (char) ('a' + i));
		}
		this.clinics.staff(clinic, Role.ADMIN, "Someone Else");
		this.clinics.staff(this.clinics.clinic(), Role.PHYSIO, "Searchable Elsewhere");

		var first = this.accounts.search(clinic.id(), "SEARCHABLE", 0, 5);
		var second = this.accounts.search(clinic.id(), "searchable", 1, 5);

		assertThat(first.total()).isEqualTo(7);
		assertThat(first.items()).hasSize(5);
		assertThat(second.items()).hasSize(2);
		assertThat(first.pageCount()).isEqualTo(2);
		assertThat(this.accounts.search(clinic.id(), "", 0, 50).total()).isEqualTo(8);
	}

	@Test
	void treatsLikeWildcardsInTheQueryAsPlainText() {
		Clinic clinic = this.clinics.clinic();
		this.clinics.staff(clinic, Role.PHYSIO, "Plain Name");

		assertThat(this.accounts.search(clinic.id(), "%", 0, 10).total()).isZero();
		assertThat(this.accounts.search(clinic.id(), "_", 0, 10).total()).isZero();
	}

	@Test
	void keepsTheSignInThrottleAndClearsItWhenAPasswordIsSet() {
		Account account = this.clinics.staff(this.clinics.clinic(), Role.PHYSIO, "Throttled");
		Instant now = Instant.parse("2026-11-21T10:00:00Z");
		SignInThrottle.State locked = new SignInThrottle.State(5, now, now.plusSeconds(60));

		this.accounts.saveThrottle(account.id(), locked);
		assertThat(this.accounts.throttle(account.id())).isEqualTo(locked);

		this.accounts.setPasswordHash(account.id(), "{argon2}hash");
		assertThat(this.accounts.throttle(account.id())).isEqualTo(SignInThrottle.State.CLEAR);
		assertThat(this.accounts.credentials(this.clinics.signInCodeOf(account), account.email())
			.orElseThrow()
			.passwordHash()).isEqualTo("{argon2}hash");
	}

	@Test
	void knowsWhetherAnotherEnabledAdminRemains() {
		Clinic clinic = this.clinics.clinic();
		Account first = this.clinics.staff(clinic, Role.ADMIN, "First Admin");
		assertThat(this.accounts.hasOtherEnabledAdmin(clinic.id(), first.id())).isFalse();

		Account second = this.clinics.staff(clinic, Role.ADMIN, "Second Admin");
		assertThat(this.accounts.hasOtherEnabledAdmin(clinic.id(), first.id())).isTrue();

		this.accounts.setEnabled(clinic.id(), second.id(), false);
		assertThat(this.accounts.hasOtherEnabledAdmin(clinic.id(), first.id())).isFalse();
	}

	@Test
	void databaseRefusesAPatientAccountWithoutAPatientRecord() {
		Clinic clinic = this.clinics.clinic();
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.sql(
				"INSERT INTO accounts (clinic_id, email, display_name, role) VALUES (:c, 'p@x.example', 'P', 'PATIENT')")
			.param("c", clinic.id().value())
			.update());
	}

}
