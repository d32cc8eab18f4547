package org.fourstage.domain.patient;

import java.util.Optional;

import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.clinic.ClinicId;

/**
 * Where patient records are kept, always within one clinic.
 */
public interface PatientRepository {

	/**
	 * Registers a patient.
	 * @param clinicId the clinic
	 * @param details the details
	 * @param registeredBy the physio
	 * @return the new record
	 * @throws DuplicateReferenceException when the clinic already uses the reference
	 */
	Patient register(ClinicId clinicId, PatientDetails details, AccountId registeredBy);

	Optional<Patient> find(ClinicId clinicId, PatientId id);

	/**
	 * Saves changed details if nobody changed the record since it was read.
	 * @param patient the record as read, with its version
	 * @param details the new details
	 * @return false when someone else changed it in between; nothing is saved then
	 * @throws DuplicateReferenceException when the clinic already uses the reference
	 */
	boolean update(Patient patient, PatientDetails details);

	void setStatus(ClinicId clinicId, PatientId id, PatientStatus status);

}
