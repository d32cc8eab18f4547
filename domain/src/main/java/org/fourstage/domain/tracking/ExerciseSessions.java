package org.fourstage.domain.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.program.Stage;

/**
 * Where logged exercise sessions are kept, within one clinic.
 */
public interface ExerciseSessions {

	/**
	 * Keeps a session once per idempotency key.
	 * @param clinicId the clinic
	 * @param patientId the patient, of that clinic
	 * @param idempotencyKey the key of the form that sent it
	 * @param programId the program followed
	 * @param stage the stage the exercises came from
	 * @param entry what was logged
	 * @param recordedBy who logged it
	 * @param now the moment
	 * @return the session this key made, now or before; empty when the patient is not of
	 * the clinic
	 */
	Optional<Saved<ExerciseSession>> record(ClinicId clinicId, PatientId patientId, UUID idempotencyKey, UUID programId,
			Stage stage, SessionEntry entry, RecordedBy recordedBy, Instant now);

	Optional<ExerciseSession> find(ClinicId clinicId, PatientId patientId, UUID sessionId);

	/**
	 * The sessions performed within a period, oldest first.
	 * @param clinicId the clinic
	 * @param patientId the patient
	 * @param from the first day
	 * @param to the last day
	 * @return the sessions
	 */
	List<ExerciseSession> between(ClinicId clinicId, PatientId patientId, LocalDate from, LocalDate to);

	/**
	 * Replaces what was logged, keeping the program, stage and author.
	 * @param clinicId the clinic
	 * @param patientId the patient
	 * @param sessionId the session
	 * @param entry the corrected entry
	 * @param now the moment
	 * @return false when there is no such session; nothing is saved then
	 */
	boolean correct(ClinicId clinicId, PatientId patientId, UUID sessionId, SessionEntry entry, Instant now);

}
