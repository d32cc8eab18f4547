package org.fourstage.domain.account;

import org.fourstage.domain.identity.AccountId;
import java.util.Optional;
import org.fourstage.domain.paging.Page;

import org.fourstage.domain.clinic.ClinicCode;
import org.fourstage.domain.clinic.ClinicId;

/**
 * Where accounts are kept. Every look-up by id is scoped to a clinic: another clinic's
 * account is as absent as one that never existed.
 */
public interface AccountRepository {

	/**
	 * Opens an account.
	 * @param account what it consists of
	 * @return the new account
	 * @throws DuplicateEmailException when the address is taken in the same clinic; other
	 * clinics' addresses are not looked at
	 */
	Account add(NewAccount account);

	Optional<Account> find(ClinicId clinicId, AccountId id);

	/**
	 * The sign-in account of a patient, if they have one.
	 * @param clinicId the clinic
	 * @param patientId the patient
	 * @return the account
	 */
	Optional<Account> findByPatient(ClinicId clinicId, org.fourstage.domain.patient.PatientId patientId);

	/**
	 * An account in whichever clinic, for flows that begin outside any clinic, such as a
	 * one-time link. Pages of a signed-in person use the clinic-scoped {@link #find}.
	 * @param id the account
	 * @return the account, if it exists
	 */
	Optional<Account> findInAnyClinic(AccountId id);

	/**
	 * The account that signs in to a clinic with this address, with its hash.
	 * @param clinic the sign-in code of the clinic
	 * @param email the address
	 * @return the credentials, if such an account exists
	 */
	Optional<Credentials> credentials(ClinicCode clinic, EmailAddress email);

	/**
	 * A page of the clinic's accounts whose name or email contains the query, by name.
	 * @param clinicId the clinic
	 * @param query text to look for, blank for all
	 * @param page the page number, from 0
	 * @param size accounts per page
	 * @return the page
	 */
	Page<Account> search(ClinicId clinicId, String query, int page, int size);

	void update(ClinicId clinicId, AccountId id, DisplayName name, Role role);

	void setEnabled(ClinicId clinicId, AccountId id, boolean enabled);

	void setPasswordHash(AccountId id, String passwordHash);

	SignInThrottle.State throttle(AccountId id);

	void saveThrottle(AccountId id, SignInThrottle.State state);

	/**
	 * Whether the clinic has an enabled admin other than the given account; the last
	 * admin must not lock the clinic out of its own administration.
	 * @param clinicId the clinic
	 * @param except the account to leave out
	 * @return true when another enabled admin exists
	 */
	boolean hasOtherEnabledAdmin(ClinicId clinicId, AccountId except);

}
