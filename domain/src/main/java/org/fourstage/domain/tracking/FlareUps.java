package org.fourstage.domain.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.patient.PatientId;

/**
 * Where flare-ups are kept, within one clinic.
 */
public interface FlareUps {

	/**
	 * Keeps a flare-up once per idempotency key.
	 * @param clinicId the clinic
	 * @param patientId the patient, of that clinic
	 * @param idempotencyKey the key of the form that sent it
	 * @param entry what was entered
	 * @param recordedBy who entered it
	 * @param now the moment
	 * @return the flare-up this key made, now or before; empty when the patient is not of
	 * the clinic
	 */
	Optional<Saved<FlareUp>> record(ClinicId clinicId, PatientId patientId, UUID idempotencyKey, FlareUpEntry entry,
			RecordedBy recordedBy, Instant now);

	Optional<FlareUp> find(ClinicId clinicId, PatientId patientId, UUID flareUpId);

	/**
	 * The flare-ups that started within a period, oldest first.
	 * @param clinicId the clinic
	 * @param patientId the patient
	 * @param from the first day
	 * @param to the last day
	 * @return the flare-ups
	 */
	List<FlareUp> between(ClinicId clinicId, PatientId patientId, LocalDate from, LocalDate to);

	/**
	 * Records the day a flare-up settled.
	 * @param clinicId the clinic
	 * @param patientId the patient
	 * @param flareUpId the flare-up
	 * @param endedOn the day, not before its start
	 * @param now the moment
	 * @return false when there is no such flare-up; nothing is saved then
	 */
	boolean end(ClinicId clinicId, PatientId patientId, UUID flareUpId, LocalDate endedOn, Instant now);

}
