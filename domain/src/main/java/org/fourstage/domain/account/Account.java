package org.fourstage.domain.account;

import org.fourstage.domain.identity.AccountId;
import java.time.Instant;
import java.util.Objects;

import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.patient.PatientId;
import org.jspecify.annotations.Nullable;

/**
 * A person's account in one clinic.
 *
 * @param id its identifier
 * @param clinicId the clinic it belongs to
 * @param email the address it signs in with
 * @param name the name shown for it
 * @param role what it may do
 * @param patientId the patient record of a patient account, none for staff
 * @param enabled false when an admin has disabled it
 * @param passwordSet whether its owner has set a password yet
 * @param pausedUntil until when sign-in from unknown devices waits after wrong passwords
 * @param createdAt when it was created
 */
public record Account(AccountId id, ClinicId clinicId, EmailAddress email, DisplayName name, Role role,
		@Nullable PatientId patientId, boolean enabled, boolean passwordSet, @Nullable Instant pausedUntil,
		Instant createdAt) {

	public Account {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(clinicId, "clinicId");
		Objects.requireNonNull(email, "email");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(createdAt, "createdAt");
		if ((role == Role.PATIENT) != (patientId != null)) {
			throw new IllegalArgumentException("A patient account needs a patient record, and only it has one");
		}
	}

	/**
	 * Whether sign-in from unknown devices waits at the given moment.
	 * @param now the moment
	 * @return true during a wait
	 */
	public boolean isPausedAt(Instant now) {
		return this.pausedUntil != null && this.pausedUntil.isAfter(now);
	}

}
