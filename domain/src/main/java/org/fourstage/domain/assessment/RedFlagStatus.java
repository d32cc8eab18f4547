package org.fourstage.domain.assessment;

import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.patient.PatientId;

/**
 * Answers whether a patient's red flags stand in the way of treatment, for program
 * assignment and the patient's page.
 */
public interface RedFlagStatus {

	RedFlagState of(ClinicId clinicId, PatientId patientId);

	/**
	 * May a program be assigned to this patient? Not while the latest completed
	 * assessment has a red flag without a recorded override.
	 * @param clinicId the clinic
	 * @param patientId the patient
	 * @return whether a program may be assigned
	 */
	default boolean mayAssignProgram(ClinicId clinicId, PatientId patientId) {
		return of(clinicId, patientId).allowsProgram();
	}

}
