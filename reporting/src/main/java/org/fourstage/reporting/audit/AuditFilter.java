package org.fourstage.reporting.audit;

import java.time.LocalDate;

import org.fourstage.domain.patient.PatientId;
import org.jspecify.annotations.Nullable;

/**
 * What the admin narrows the audit log to. Empty parts match everything.
 *
 * @param person text in the actor's email or name
 * @param patientId one patient's entries
 * @param action one action, or {@link #SECURITY_EVENTS} for all of
 * {@link org.fourstage.domain.audit.AuditAction#securityEvents()}
 * @param from first day, inclusive
 * @param to last day, inclusive
 */
public record AuditFilter(@Nullable String person, @Nullable PatientId patientId, @Nullable String action,
		@Nullable LocalDate from, @Nullable LocalDate to) {

	public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);

	/** The action filter that selects every security event. */
	public static final String SECURITY_EVENTS = "SECURITY_EVENTS";

}
