package org.fourstage.domain.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

import org.fourstage.domain.clinic.ClinicId;

/**
 * A patient of a clinic.
 *
 * @param id the record
 * @param clinicId the clinic
 * @param details identifying and contact details
 * @param status under treatment or discharged
 * @param registeredAt when the record was made
 * @param version the version, for noticing concurrent edits
 */
public record Patient(PatientId id, ClinicId clinicId, PatientDetails details, PatientStatus status,
		Instant registeredAt, int version) {

	/**
	 * Age in whole years.
	 * @param today the day to count to
	 * @return the age
	 */
	public int ageOn(LocalDate today) {
		return Period.between(this.details.dateOfBirth(), today).getYears();
	}

}
