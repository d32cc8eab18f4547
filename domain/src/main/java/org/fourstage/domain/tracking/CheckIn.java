package org.fourstage.domain.tracking;

import java.time.Instant;
import java.util.UUID;

import org.fourstage.domain.patient.PatientId;

/**
 * A daily check-in as kept.
 *
 * @param id the check-in
 * @param patientId whose it is
 * @param entry what was entered
 * @param recordedBy who entered it
 * @param createdAt when it was entered
 * @param updatedAt when it was last changed
 */
public record CheckIn(UUID id, PatientId patientId, CheckInEntry entry, RecordedBy recordedBy, Instant createdAt,
		Instant updatedAt) {

}
