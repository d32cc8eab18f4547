package org.fourstage.domain.alert;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.tracking.AlertKind;
import org.fourstage.domain.tracking.EntryRef;
import org.jspecify.annotations.Nullable;

/**
 * An alert as kept.
 *
 * @param id the alert
 * @param patientId whose entry raised it
 * @param kind why
 * @param source the entry that raised it
 * @param createdAt when it was raised
 * @param acknowledgement the physio's answer, or null while it is open
 */
public record Alert(UUID id, PatientId patientId, AlertKind kind, EntryRef source, Instant createdAt,
		@Nullable Acknowledgement acknowledgement) {

	/**
	 * Whether no physio has answered it yet.
	 * @return true while open
	 */
	public boolean isOpen() {
		return this.acknowledgement == null;
	}

	/**
	 * The physio's answer.
	 * @return the answer, or empty while open
	 */
	public Optional<Acknowledgement> answer() {
		return Optional.ofNullable(this.acknowledgement);
	}

}
