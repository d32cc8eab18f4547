package org.fourstage.reporting.audit;

import java.time.Instant;
import java.util.UUID;

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
		@Nullable String actorRole, String action, @Nullable String targetType, @Nullable String targetId,
		@Nullable UUID patientId, @Nullable String clientAddress, String outcome, @Nullable String detail) {

}
