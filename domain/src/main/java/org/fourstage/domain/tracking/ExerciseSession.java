package org.fourstage.domain.tracking;

import java.time.Instant;
import java.util.UUID;

import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.program.Stage;

/**
 * A logged exercise session as kept.
 *
 * @param id the session
 * @param patientId whose session it is
 * @param programId the program it followed
 * @param stage the stage the exercises came from
 * @param entry what was logged
 * @param recordedBy who logged it
 * @param createdAt when it was logged
 * @param updatedAt when it was last corrected
 */
public record ExerciseSession(UUID id, PatientId patientId, UUID programId, Stage stage, SessionEntry entry,
		RecordedBy recordedBy, Instant createdAt, Instant updatedAt) {

}
