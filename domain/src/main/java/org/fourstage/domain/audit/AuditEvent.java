package org.fourstage.domain.audit;

import java.util.Objects;

import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.account.Role;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.patient.PatientId;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit trail. The time is the database's, set when it is written.
 *
 * @param clinicId the clinic the action concerns
 * @param actorId who acted, when known
 * @param actorEmail the address they signed in (or tried to sign in) with
 * @param actorRole their role
 * @param action what they did
 * @param targetType the kind of record acted on, e.g. {@code account}
 * @param targetId which record
 * @param patientId the patient whose data was read or written
 * @param clientAddress where the request came from
 * @param outcome how it ended
 * @param detail a short note, never patient data
 */
public record AuditEvent(@Nullable ClinicId clinicId, @Nullable AccountId actorId, @Nullable String actorEmail,
		@Nullable Role actorRole, AuditAction action, @Nullable String targetType, @Nullable String targetId,
		@Nullable PatientId patientId, @Nullable String clientAddress, AuditOutcome outcome, @Nullable String detail) {

	public AuditEvent {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(outcome, "outcome");
	}

}
