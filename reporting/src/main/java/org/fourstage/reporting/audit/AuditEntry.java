package org.fourstage.reporting.audit;

import java.time.Instant;

import org.fourstage.domain.account.Role;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditOutcome;
import org.fourstage.domain.patient.PatientId;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log page.
 *
 * @param occurredAt when
 * @param actorEmail who, by sign-in address
 * @param actorName who, by name, when the account exists
 * @param actorRole in which role
 * @param action what
 * @param targetType the kind of record
 * @param targetId which record
 * @param patientId whose data
 * @param clientAddress from where
 * @param outcome how it ended
 * @param detail a short note
 */
public record AuditEntry(Instant occurredAt, @Nullable String actorEmail, @Nullable String actorName,
		@Nullable Role actorRole, AuditAction action, @Nullable String targetType, @Nullable String targetId,
		@Nullable PatientId patientId, @Nullable String clientAddress, AuditOutcome outcome, @Nullable String detail) {

}
