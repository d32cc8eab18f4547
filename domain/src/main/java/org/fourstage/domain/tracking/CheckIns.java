package org.fourstage.domain.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.patient.PatientId;

/**
 * Where daily check-ins are kept, within one clinic: at most one per patient and day.
 */
public interface CheckIns {

	/**
	 * Keeps a check-in once per idempotency key.
	 * @param clinicId the clinic
	 * @param patientId the patient, of that clinic
	 * @param idempotencyKey the key of the form that sent it
	 * @param entry what was entered
	 * @param recordedBy who entered it
	 * @param now the moment
	 * @return the check-in this key made, now or before; empty when another request
	 * already made the check-in of that day, or the patient is not of the clinic
	 */
	Optional<Saved<CheckIn>> record(ClinicId clinicId, PatientId patientId, UUID idempotencyKey, CheckInEntry entry,
			RecordedBy recordedBy, Instant now);

	Optional<CheckIn> find(ClinicId clinicId, PatientId patientId, UUID checkInId);

	Optional<CheckIn> forDay(ClinicId clinicId, PatientId patientId, LocalDate day);

	/**
	 * The check-ins of a period, oldest first.
	 * @param clinicId the clinic
	 * @param patientId the patient
	 * @param from the first day
	 * @param to the last day
	 * @return the check-ins
	 */
	List<CheckIn> between(ClinicId clinicId, PatientId patientId, LocalDate from, LocalDate to);

	/**
	 * Replaces the values of a check-in; its day stays.
	 * @param clinicId the clinic
	 * @param patientId the patient
	 * @param checkInId the check-in
	 * @param entry the corrected values, for the same day
	 * @param now the moment
	 * @return false when there is no such check-in; nothing is saved then
	 */
	boolean correct(ClinicId clinicId, PatientId patientId, UUID checkInId, CheckInEntry entry, Instant now);

}
