package org.fourstage.persistence.audit;

import java.util.UUID;

import org.fourstage.domain.audit.AuditEvent;
import org.fourstage.domain.audit.AuditLog;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes audit entries to the append-only {@code audit_events} table.
 */
@Repository
class JdbcAuditLog implements AuditLog {

	private final JdbcClient jdbc;

	JdbcAuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void record(AuditEvent event) {
		this.jdbc
			.sql("INSERT INTO audit_events (clinic_id, actor_id, actor_email, actor_role, action, target_type, "
					+ "target_id, patient_id, client_address, outcome, detail) VALUES (:clinic, :actor, :email, "
					+ ":role, :action, :targetType, :targetId, :patient, :address, :outcome, :detail)")
			.param("clinic", uuid(event.clinicId()))
			.param("actor", uuid(event.actorId()))
			.param("email", event.actorEmail())
			.param("role", (event.actorRole() != null) ? event.actorRole().name() : null)
			.param("action", event.action().name())
			.param("targetType", event.targetType())
			.param("targetId", event.targetId())
			.param("patient", uuid(event.patientId()))
			.param("address", event.clientAddress())
			.param("outcome", event.outcome().name())
			.param("detail", event.detail())
			.update();
	}

	private static @Nullable UUID uuid(@Nullable Object id) {
		return (id != null) ? UUID.fromString(id.toString()) : null;
	}

}
