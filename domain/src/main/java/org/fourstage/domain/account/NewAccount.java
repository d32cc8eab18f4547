package org.fourstage.domain.account;

import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.patient.PatientId;
import org.jspecify.annotations.Nullable;

/**
 * What is needed to open an account. It has no password until its owner sets one through
 * a one-time link.
 *
 * @param clinicId the clinic
 * @param email the sign-in address
 * @param name the name shown
 * @param role the role
 * @param patientId the patient record, for a patient account only
 */
public record NewAccount(ClinicId clinicId, EmailAddress email, DisplayName name, Role role,
		@Nullable PatientId patientId) {

}
