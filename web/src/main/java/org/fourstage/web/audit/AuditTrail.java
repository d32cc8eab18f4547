package org.fourstage.web.audit;

import org.fourstage.domain.audit.Actor;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.audit.AuditEvent;
import org.fourstage.domain.audit.AuditLog;
import org.fourstage.domain.audit.AuditOutcome;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.patient.PatientId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records audit entries for the request being served, adding the client's address. Writes
 * join the caller's transaction, so a change and its entry are saved together.
 */
@Component
public class AuditTrail {

	private final AuditLog log;

	AuditTrail(AuditLog log) {
		this.log = log;
	}

	/**
	 * Records that a signed-in person acted successfully on a record.
	 * @param actor who acted
	 * @param action what they did
	 * @param targetType the kind of record
	 * @param targetId which record
	 */
	public void success(Actor actor, AuditAction action, AuditTarget targetType, Object targetId) {
		record(actor, action, targetType, targetId, null, AuditOutcome.SUCCESS, null);
	}

	/**
	 * Records that a signed-in person read or wrote a patient's data.
	 * @param actor who acted
	 * @param action what they did
	 * @param targetType the kind of record
	 * @param targetId which record
	 * @param patientId whose data it is
	 */
	public void patientData(Actor actor, AuditAction action, AuditTarget targetType, Object targetId,
			PatientId patientId) {
		record(actor, action, targetType, targetId, patientId, AuditOutcome.SUCCESS, null);
	}

	/**
	 * Records any entry with a known actor.
	 * @param actor who acted
	 * @param action what they did
	 * @param targetType the kind of record, if any
	 * @param targetId which record, if any
	 * @param patientId whose data it is, if a patient's
	 * @param outcome how it ended
	 * @param detail a short note without patient data
	 */
	public void record(Actor actor, AuditAction action, @Nullable AuditTarget targetType, @Nullable Object targetId,
			@Nullable PatientId patientId, AuditOutcome outcome, @Nullable String detail) {
		this.log.record(new AuditEvent(actor.clinicId(), actor.accountId(), actor.email(), actor.role(), action,
				(targetType != null) ? targetType.code() : null, (targetId != null) ? targetId.toString() : null,
				patientId, clientAddress(), outcome, detail));
	}

	/**
	 * Records an entry whose actor is known only by what they typed, such as a failed
	 * sign-in.
	 * @param event the entry
	 */
	public void record(AuditEvent event) {
		this.log.record(event);
	}

	/**
	 * Records an entry about a clinic made by the deployment's operator, who has no
	 * account.
	 * @param clinicId the clinic
	 * @param action what was done
	 * @param targetType the kind of record
	 * @param targetId which record
	 * @param detail a short note
	 */
	public void operator(ClinicId clinicId, AuditAction action, AuditTarget targetType, Object targetId,
			String detail) {
		this.log.record(new AuditEvent(clinicId, null, "operator", null, action, targetType.code(), targetId.toString(),
				null, clientAddress(), AuditOutcome.SUCCESS, detail));
	}

	/**
	 * The address the current request came from.
	 * @return the address, or null outside a request
	 */
	public static @Nullable String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}

}
