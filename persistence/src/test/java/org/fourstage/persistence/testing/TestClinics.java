package org.fourstage.persistence.testing;

import java.util.UUID;

import org.fourstage.domain.account.Account;
import org.fourstage.domain.account.DisplayName;
import org.fourstage.domain.account.EmailAddress;
import org.fourstage.domain.account.NewAccount;
import org.fourstage.domain.account.Role;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.clinic.ClinicCode;
import org.fourstage.domain.clinic.ClinicName;
import org.fourstage.persistence.account.AccountAdapters;
import org.fourstage.persistence.clinic.ClinicAdapters;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes clinics and staff accounts with unique names for tests, so no test depends on
 * rows another made.
 */
public final class TestClinics {

	private final JdbcClient jdbc;

	public TestClinics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Clinic clinic() {
		return ClinicAdapters.clinics(this.jdbc).add(new ClinicName("Clinic " + UUID.randomUUID()));
	}

	/**
	 * The sign-in code of an account's clinic.
	 * @param account the account
	 * @return the code
	 */
	public ClinicCode signInCodeOf(Account account) {
		return ClinicAdapters.clinics(this.jdbc).find(account.clinicId()).orElseThrow().signInCode();
	}

	/**
	 * A staff account with a unique address.
	 * @param clinic its clinic
	 * @param role ADMIN or PHYSIO
	 * @param name the name shown
	 * @return the account
	 */
	public Account staff(Clinic clinic, Role role, String name) {
		String email = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + "."
				+ UUID.randomUUID().toString().substring(0, 8) + "@test.example";
		return AccountAdapters.accounts(this.jdbc)
			.add(new NewAccount(clinic.id(), new EmailAddress(email), new DisplayName(name), role, null));
	}

}
